package io.coodie.benchmarks;

import io.coodie.benchmarks.model.CoodieItem;
import io.coodie.benchmarks.model.CoodieStatefulItem;
import io.coodie.benchmarks.model.Items;
import io.coodie.benchmarks.model.MapperItem;
import io.coodie.benchmarks.model.RawItem;
import io.coodie.benchmarks.model.SpringItem;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * The single-operation network workloads (insert, get by key, 100-row partition read), measured <em>interleaved op
 * by op in one JVM</em>: each invocation runs one operation of every variant in turn (raw driver, coodie-core, the
 * raw driver again on a second session as an A/A control, then coodie untracked (partition read only), the coodie
 * repository, Spring Data Cassandra and the driver mapper), each on its own session and its own rows, and records
 * each part's wall-clock time, the calling thread's CPU time and allocation, and the GC pauses that fell into it
 * ({@link Parts}). So every variant is measured under the same server and machine conditions, a few hundred
 * microseconds apart; the A/A ratio (raw again / raw) is the resolution of the comparison.
 *
 * <p>JMH's own score (cycles per second) is not used; the report reads the counters. An empty part (begin and end
 * with nothing between) is measured in each cycle too: it is the measurement's own cost, subtracted by the report.
 * Before JMH's warm-up, every variant runs its operation from 4 threads for {@value #PREWARM_MS} ms, so that each
 * has run thousands of times (and been compiled) although it gets only a seventh of the cycle.
 */
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 4, time = 3)
public class InterleavedBenchmark extends BenchmarkSettings {

  static final int EMPTY = 0;
  static final int RAW = 1;
  static final int COODIE = 2;
  static final int RAW2 = 3;
  static final int UNTRACKED = 4;
  static final int REPOSITORY = 5;
  static final int SPRING = 6;
  static final int MAPPER = 7;
  static final int STATEFUL = 8;
  static final int PARTS = 9;

  static final int INSERT = 0;
  static final int GET = 1;
  static final int PARTITION = 2;

  static final int PREWARM_MS = 1500;
  private static final int READ_ROWS = Items.READ_PARTITIONS * Items.ROWS_PER_PARTITION;

  /** One library per variant, each on its own session. */
  @State(Scope.Benchmark)
  public static class Libs {
    RawDriverBenchmark.Lib raw;
    CoodieBenchmark.Lib coodie;
    RawDriverBenchmark.Lib raw2;
    CoodieBenchmark.Lib untracked;
    CoodieBenchmark.Lib stateful;
    CoodieRepositoryBenchmark.Lib repository;
    SpringDataBenchmark.Lib spring;
    DriverMapperBenchmark.Lib mapper;
    int workload;
    int[] variants;

    @Setup(Level.Trial)
    public void open(BenchmarkParams params) throws Exception {
      raw = new RawDriverBenchmark.Lib(BenchSession.open());
      coodie = new CoodieBenchmark.Lib(BenchSession.open(), true);
      raw2 = new RawDriverBenchmark.Lib(BenchSession.open());
      untracked = new CoodieBenchmark.Lib(BenchSession.open(), false);
      stateful = new CoodieBenchmark.Lib(BenchSession.open(), true, CoodieStatefulItem.class);
      repository = new CoodieRepositoryBenchmark.Lib(BenchSession.open());
      spring = new SpringDataBenchmark.Lib(BenchSession.open());
      mapper = new DriverMapperBenchmark.Lib(BenchSession.open());
      raw.check();
      coodie.check();
      raw2.check();
      untracked.check();
      stateful.check();
      repository.check();
      spring.check();
      mapper.check();
      String method = params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
      workload = switch (method) {
        case "insert" -> INSERT;
        case "getByKey" -> GET;
        case "readPartition100" -> PARTITION;
        default -> throw new IllegalStateException(method);
      };
      // untracked() only changes queries: for insert and get it is coodie-core again.
      variants = workload == PARTITION
          ? new int[] {RAW, COODIE, RAW2, UNTRACKED, STATEFUL, REPOSITORY, SPRING, MAPPER}
          : new int[] {RAW, COODIE, RAW2, STATEFUL, REPOSITORY, SPRING, MAPPER};
      prewarm();
    }

    /** Every variant's operation from 4 threads for {@value #PREWARM_MS} ms, one variant after the other. */
    private void prewarm() throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        for (int v : variants) {
          long deadline = System.nanoTime() + PREWARM_MS * 1_000_000L;
          List<Future<?>> done = new ArrayList<>();
          for (int t = 0; t < 4; t++) {
            long start = 1_000_000L * (t + 1);
            done.add(pool.submit(() -> {
              for (long n = start; System.nanoTime() < deadline; n++) {
                op(v, n);
              }
              return null;
            }));
          }
          for (Future<?> f : done) {
            f.get();
          }
        }
      } finally {
        pool.shutdown();
      }
    }

    /** Operation number {@code n} of variant {@code v}, on that variant's own rows. */
    Object op(int v, long n) {
      return switch (workload) {
        case INSERT -> insert(v, Items.insertKey(v, n));
        case GET -> {
          int row = (int) ((n * 7919 + v * 137L) % READ_ROWS);
          yield get(v, Cursor.readPk(row), Cursor.readCk(row));
        }
        default -> partition(v, Items.readPartition((int) ((n + v) % Items.READ_PARTITIONS)));
      };
    }

    private Object insert(int v, String pk) {
      return switch (v) {
        case RAW -> raw.insert(RawItem.of(pk, 0));
        case RAW2 -> raw2.insert(RawItem.of(pk, 0));
        case COODIE -> {
          CoodieItem item = CoodieItem.of(pk, 0);
          coodie.items.insert(item);
          yield item;
        }
        case STATEFUL -> {
          CoodieItem item = stateful.item(pk, 0);
          stateful.items.insert(item);
          yield item;
        }
        case REPOSITORY -> repository.items.insert(CoodieItem.of(pk, 0));
        case SPRING -> spring.template.insert(SpringItem.of(pk, 0));
        case MAPPER -> {
          MapperItem item = MapperItem.of(pk, 0);
          mapper.dao.insert(item);
          yield item;
        }
        default -> throw new IllegalStateException("variant " + v);
      };
    }

    private Object get(int v, String pk, int ck) {
      return switch (v) {
        case RAW -> raw.get(pk, ck);
        case RAW2 -> raw2.get(pk, ck);
        case COODIE -> coodie.get(pk, ck);
        case STATEFUL -> stateful.get(pk, ck);
        case REPOSITORY -> repository.get(pk, ck);
        case SPRING -> spring.get(pk, ck);
        case MAPPER -> mapper.dao.findById(pk, ck);
        default -> throw new IllegalStateException("variant " + v);
      };
    }

    private Object partition(int v, String pk) {
      return switch (v) {
        case RAW -> raw.partition(pk);
        case RAW2 -> raw2.partition(pk);
        case COODIE -> coodie.partition(pk);
        case UNTRACKED -> untracked.partition(pk);
        case STATEFUL -> stateful.partition(pk);
        case REPOSITORY -> repository.partition(pk);
        case SPRING -> spring.partition(pk);
        case MAPPER -> mapper.partition(pk);
        default -> throw new IllegalStateException("variant " + v);
      };
    }

    @TearDown(Level.Trial)
    public void close() {
      for (var session : List.of(raw.session, coodie.session, raw2.session, untracked.session, stateful.session,
          repository.session, spring.session, mapper.session)) {
        session.close();
      }
    }
  }

  /** The per-part counters JMH reports (as secondary metrics, summed over each iteration). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counters {
    final Parts parts = new Parts(PARTS, false);
    long n;

    @Setup(Level.Iteration)
    public void reset() {
      parts.reset();
    }

    public long emptyOps() { return parts.get(EMPTY, Parts.OPS); }
    public long emptyNs() { return parts.get(EMPTY, Parts.NS); }
    public long emptyCpuNs() { return parts.get(EMPTY, Parts.CPU_NS); }
    public long emptyAllocB() { return parts.get(EMPTY, Parts.ALLOC_B); }
    public long emptyGcMs() { return parts.get(EMPTY, Parts.GC_MS); }
    public long emptyGcCount() { return parts.get(EMPTY, Parts.GC_COUNT); }
    public long rawOps() { return parts.get(RAW, Parts.OPS); }
    public long rawNs() { return parts.get(RAW, Parts.NS); }
    public long rawCpuNs() { return parts.get(RAW, Parts.CPU_NS); }
    public long rawAllocB() { return parts.get(RAW, Parts.ALLOC_B); }
    public long rawGcMs() { return parts.get(RAW, Parts.GC_MS); }
    public long rawGcCount() { return parts.get(RAW, Parts.GC_COUNT); }
    public long coodieOps() { return parts.get(COODIE, Parts.OPS); }
    public long coodieNs() { return parts.get(COODIE, Parts.NS); }
    public long coodieCpuNs() { return parts.get(COODIE, Parts.CPU_NS); }
    public long coodieAllocB() { return parts.get(COODIE, Parts.ALLOC_B); }
    public long coodieGcMs() { return parts.get(COODIE, Parts.GC_MS); }
    public long coodieGcCount() { return parts.get(COODIE, Parts.GC_COUNT); }
    public long raw2Ops() { return parts.get(RAW2, Parts.OPS); }
    public long raw2Ns() { return parts.get(RAW2, Parts.NS); }
    public long raw2CpuNs() { return parts.get(RAW2, Parts.CPU_NS); }
    public long raw2AllocB() { return parts.get(RAW2, Parts.ALLOC_B); }
    public long raw2GcMs() { return parts.get(RAW2, Parts.GC_MS); }
    public long raw2GcCount() { return parts.get(RAW2, Parts.GC_COUNT); }
    public long untrackedOps() { return parts.get(UNTRACKED, Parts.OPS); }
    public long untrackedNs() { return parts.get(UNTRACKED, Parts.NS); }
    public long untrackedCpuNs() { return parts.get(UNTRACKED, Parts.CPU_NS); }
    public long untrackedAllocB() { return parts.get(UNTRACKED, Parts.ALLOC_B); }
    public long untrackedGcMs() { return parts.get(UNTRACKED, Parts.GC_MS); }
    public long untrackedGcCount() { return parts.get(UNTRACKED, Parts.GC_COUNT); }
    public long repositoryOps() { return parts.get(REPOSITORY, Parts.OPS); }
    public long repositoryNs() { return parts.get(REPOSITORY, Parts.NS); }
    public long repositoryCpuNs() { return parts.get(REPOSITORY, Parts.CPU_NS); }
    public long repositoryAllocB() { return parts.get(REPOSITORY, Parts.ALLOC_B); }
    public long repositoryGcMs() { return parts.get(REPOSITORY, Parts.GC_MS); }
    public long repositoryGcCount() { return parts.get(REPOSITORY, Parts.GC_COUNT); }
    public long springOps() { return parts.get(SPRING, Parts.OPS); }
    public long springNs() { return parts.get(SPRING, Parts.NS); }
    public long springCpuNs() { return parts.get(SPRING, Parts.CPU_NS); }
    public long springAllocB() { return parts.get(SPRING, Parts.ALLOC_B); }
    public long springGcMs() { return parts.get(SPRING, Parts.GC_MS); }
    public long springGcCount() { return parts.get(SPRING, Parts.GC_COUNT); }
    public long mapperOps() { return parts.get(MAPPER, Parts.OPS); }
    public long mapperNs() { return parts.get(MAPPER, Parts.NS); }
    public long mapperCpuNs() { return parts.get(MAPPER, Parts.CPU_NS); }
    public long mapperAllocB() { return parts.get(MAPPER, Parts.ALLOC_B); }
    public long mapperGcMs() { return parts.get(MAPPER, Parts.GC_MS); }
    public long mapperGcCount() { return parts.get(MAPPER, Parts.GC_COUNT); }
    public long statefulOps() { return parts.get(STATEFUL, Parts.OPS); }
    public long statefulNs() { return parts.get(STATEFUL, Parts.NS); }
    public long statefulCpuNs() { return parts.get(STATEFUL, Parts.CPU_NS); }
    public long statefulAllocB() { return parts.get(STATEFUL, Parts.ALLOC_B); }
    public long statefulGcMs() { return parts.get(STATEFUL, Parts.GC_MS); }
    public long statefulGcCount() { return parts.get(STATEFUL, Parts.GC_COUNT); }
  }

  @Benchmark
  public void insert(Libs s, Counters c, Blackhole bh) {
    cycle(s, c, bh);
  }

  @Benchmark
  public void getByKey(Libs s, Counters c, Blackhole bh) {
    cycle(s, c, bh);
  }

  @Benchmark
  public void readPartition100(Libs s, Counters c, Blackhole bh) {
    cycle(s, c, bh);
  }

  /** One operation of every variant, each measured on its own. */
  private static void cycle(Libs s, Counters c, Blackhole bh) {
    long n = c.n++;
    Parts p = c.parts;
    p.begin();
    p.end(EMPTY, 1);
    for (int v : s.variants) {
      p.begin();
      Object result = s.op(v, n);
      p.end(v, 1);
      bh.consume(result);
    }
  }
}
