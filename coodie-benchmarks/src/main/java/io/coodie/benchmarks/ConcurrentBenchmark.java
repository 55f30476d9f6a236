package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.benchmarks.model.CoodieItem;
import io.coodie.benchmarks.model.Items;
import io.coodie.benchmarks.model.RawItem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The insert, get and 100-row partition workloads under load, raw driver against coodie-core: {@value #IN_FLIGHT}
 * requests in flight through the async API ({@code *Async64}: raw {@code executeAsync}, coodie {@code insertAsync},
 * {@code getAsync}, {@code query().listAsync()}), and {@value #THREADS} threads making synchronous calls
 * ({@code *Sync8}). Here the client's CPU cost shows: the client and the node share 2 cores.
 *
 * <p>Interleaved in time in one JVM: each invocation is one round of three phases of {@value #PHASE_MS} ms, raw
 * driver, coodie-core, raw driver again (the A/A control), each on its own session and rows. A phase keeps the load
 * up until its deadline, then waits for what is in flight; its throughput is the operations completed over the
 * phase's whole duration, and its CPU time is the benchmark JVM's (every thread, GC included:
 * {@code getProcessCpuTime}, in 10 ms ticks on Linux, unbiased over many phases). JMH's own score is not used.
 */
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ConcurrentBenchmark extends BenchmarkSettings {

  static final int RAW = 0;
  static final int COODIE = 1;
  static final int RAW2 = 2;
  static final int IN_FLIGHT = 64;
  static final int THREADS = 8;
  static final int PHASE_MS = 250;
  private static final int READ_ROWS = Items.READ_PARTITIONS * Items.ROWS_PER_PARTITION;

  @State(Scope.Benchmark)
  public static class Libs {
    RawDriverBenchmark.Lib raw;
    CoodieBenchmark.Lib coodie;
    RawDriverBenchmark.Lib raw2;
    ExecutorService pool;
    volatile Object sink;

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) {
      raw = new RawDriverBenchmark.Lib(BenchSession.open());
      coodie = new CoodieBenchmark.Lib(BenchSession.open(), true);
      raw2 = new RawDriverBenchmark.Lib(BenchSession.open());
      raw.check();
      coodie.check();
      raw2.check();
      pool = Executors.newFixedThreadPool(THREADS);
    }

    @TearDown(Level.Trial)
    public void close() {
      pool.shutdownNow();
      raw.session.close();
      coodie.session.close();
      raw2.session.close();
    }

    RawDriverBenchmark.Lib raw(int v) {
      return v == RAW ? raw : raw2;
    }

    // ---- asynchronous operations (the result is mapped in the driver's callback, as coodie does)

    CompletionStage<?> insertAsync(int v, long n) {
      String pk = Items.insertKey(v, n);
      if (v == COODIE) {
        return coodie.items.insertAsync(CoodieItem.of(pk, 0));
      }
      RawDriverBenchmark.Lib lib = raw(v);
      return lib.session.executeAsync(lib.bindInsert(RawItem.of(pk, 0)));
    }

    CompletionStage<?> getAsync(int v, long n) {
      int row = (int) ((n * 7919 + v * 137L) % READ_ROWS);
      String pk = Cursor.readPk(row);
      int ck = Cursor.readCk(row);
      if (v == COODIE) {
        return coodie.items.getAsync(pk, ck);
      }
      RawDriverBenchmark.Lib lib = raw(v);
      return lib.session.executeAsync(lib.get.bind(pk, ck)).thenApply(rs -> {
        Row r = rs.one();
        return r == null ? null : RawDriverBenchmark.Lib.map(r);
      });
    }

    CompletionStage<?> partitionAsync(int v, long n) {
      String pk = Items.readPartition((int) ((n + v) % Items.READ_PARTITIONS));
      if (v == COODIE) {
        return coodie.items.query().where("pk").eq(pk).listAsync();
      }
      RawDriverBenchmark.Lib lib = raw(v);
      return lib.session.executeAsync(lib.partition.bind(pk)).thenApply(rs -> {
        if (rs.hasMorePages()) {
          throw new IllegalStateException("a 100-row partition in more than one page");
        }
        List<RawItem> items = new ArrayList<>(Items.ROWS_PER_PARTITION);
        for (Row r : rs.currentPage()) {
          items.add(RawDriverBenchmark.Lib.map(r));
        }
        return items;
      });
    }

    // ---- synchronous operations

    Object insert(int v, long n) {
      String pk = Items.insertKey(v, n);
      if (v == COODIE) {
        CoodieItem item = CoodieItem.of(pk, 0);
        coodie.items.insert(item);
        return item;
      }
      return raw(v).insert(RawItem.of(pk, 0));
    }

    Object get(int v, long n) {
      int row = (int) ((n * 7919 + v * 137L) % READ_ROWS);
      return v == COODIE ? coodie.get(Cursor.readPk(row), Cursor.readCk(row))
          : raw(v).get(Cursor.readPk(row), Cursor.readCk(row));
    }

    Object partition(int v, long n) {
      String pk = Items.readPartition((int) ((n + v) % Items.READ_PARTITIONS));
      return v == COODIE ? coodie.partition(pk) : raw(v).partition(pk);
    }
  }

  /** The per-phase counters JMH reports (as secondary metrics, summed over each iteration). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counters {
    final Parts parts = new Parts(3, true);
    long n;

    @Setup(Level.Iteration)
    public void reset() {
      parts.reset();
    }

    public long rawOps() { return parts.get(RAW, Parts.OPS); }
    public long rawNs() { return parts.get(RAW, Parts.NS); }
    public long rawCpuNs() { return parts.get(RAW, Parts.CPU_NS); }
    public long rawGcMs() { return parts.get(RAW, Parts.GC_MS); }
    public long rawGcCount() { return parts.get(RAW, Parts.GC_COUNT); }
    public long coodieOps() { return parts.get(COODIE, Parts.OPS); }
    public long coodieNs() { return parts.get(COODIE, Parts.NS); }
    public long coodieCpuNs() { return parts.get(COODIE, Parts.CPU_NS); }
    public long coodieGcMs() { return parts.get(COODIE, Parts.GC_MS); }
    public long coodieGcCount() { return parts.get(COODIE, Parts.GC_COUNT); }
    public long raw2Ops() { return parts.get(RAW2, Parts.OPS); }
    public long raw2Ns() { return parts.get(RAW2, Parts.NS); }
    public long raw2CpuNs() { return parts.get(RAW2, Parts.CPU_NS); }
    public long raw2GcMs() { return parts.get(RAW2, Parts.GC_MS); }
    public long raw2GcCount() { return parts.get(RAW2, Parts.GC_COUNT); }
  }

  interface AsyncOp {
    CompletionStage<?> start(Libs s, int variant, long n);
  }

  interface SyncOp {
    Object run(Libs s, int variant, long n);
  }

  @Benchmark
  public void insertAsync64(Libs s, Counters c) {
    asyncRound(s, c, Libs::insertAsync);
  }

  @Benchmark
  public void getAsync64(Libs s, Counters c) {
    asyncRound(s, c, Libs::getAsync);
  }

  @Benchmark
  public void readPartitionAsync64(Libs s, Counters c) {
    asyncRound(s, c, Libs::partitionAsync);
  }

  @Benchmark
  public void insertSync8(Libs s, Counters c) throws Exception {
    syncRound(s, c, Libs::insert);
  }

  @Benchmark
  public void getSync8(Libs s, Counters c) throws Exception {
    syncRound(s, c, Libs::get);
  }

  @Benchmark
  public void readPartitionSync8(Libs s, Counters c) throws Exception {
    syncRound(s, c, Libs::partition);
  }

  private static void asyncRound(Libs s, Counters c, AsyncOp op) {
    for (int v = RAW; v <= RAW2; v++) {
      Semaphore free = new Semaphore(IN_FLIGHT);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      long ops = 0;
      c.parts.begin();
      long deadline = System.nanoTime() + PHASE_MS * 1_000_000L;
      while (System.nanoTime() < deadline) {
        free.acquireUninterruptibly();
        op.start(s, v, c.n++).whenComplete((result, error) -> {
          if (error != null) {
            failure.compareAndSet(null, error);
          }
          s.sink = result;
          free.release();
        });
        ops++;
      }
      free.acquireUninterruptibly(IN_FLIGHT);
      c.parts.end(v, ops);
      if (failure.get() != null) {
        throw new IllegalStateException("request failed", failure.get());
      }
    }
  }

  private static void syncRound(Libs s, Counters c, SyncOp op) throws Exception {
    for (int v = RAW; v <= RAW2; v++) {
      int variant = v;
      long base = c.n;
      c.n += 1_000_000;
      List<Callable<Long>> workers = new ArrayList<>();
      long[] deadline = new long[1];
      for (int t = 0; t < THREADS; t++) {
        long start = base + t * 100_000L;
        workers.add(() -> {
          long ops = 0;
          while (System.nanoTime() < deadline[0]) {
            s.sink = op.run(s, variant, start + ops);
            ops++;
          }
          return ops;
        });
      }
      c.parts.begin();
      deadline[0] = System.nanoTime() + PHASE_MS * 1_000_000L;
      long ops = 0;
      for (Future<Long> f : s.pool.invokeAll(workers)) {
        ops += f.get();
      }
      c.parts.end(v, ops);
    }
  }
}
