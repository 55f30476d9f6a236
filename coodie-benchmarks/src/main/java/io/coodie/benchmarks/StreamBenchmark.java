package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.benchmarks.model.CoodieItem;
import io.coodie.benchmarks.model.Items;
import java.util.Iterator;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * A tracked {@code stream()} of a whole partition of 1,000, 10,000 and 100,000 rows (coodie-core's
 * {@code query().where("pk").eq(pk).stream()}, change tracking on, pages of the driver's default 5,000 rows fetched as
 * the stream is consumed), against the raw driver iterating the same {@code ResultSet} and mapping each row by hand.
 * The consumer keeps nothing: it reads one property of each entity. Each invocation streams every size with both,
 * interleaved (raw then coodie), and records wall-clock and calling-thread CPU time per row ({@link Parts}).
 *
 * <p>Heap: once per measurement iteration (outside the timed parts), a tracked stream of the 100,000-row partition
 * stops after 1,000, 10,000 and 100,000 rows and measures the used heap after a full collection ({@code System.gc()}),
 * as it does before the stream is opened and after it is closed. The raw driver's stream measured the same way at
 * 100,000 rows is the reference (the driver holds the current page). An invocation takes seconds, so each iteration
 * is one or two invocations whatever its nominal time.
 */
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 2)
public class StreamBenchmark extends BenchmarkSettings {

  static final int RAW_1K = 0;
  static final int RAW_10K = 1;
  static final int RAW_100K = 2;
  static final int COODIE_1K = 3;
  static final int COODIE_10K = 4;
  static final int COODIE_100K = 5;

  @State(Scope.Benchmark)
  public static class Libs {
    RawDriverBenchmark.Lib raw;
    CoodieBenchmark.Lib coodie;

    @Setup(Level.Trial)
    public void open() {
      raw = new RawDriverBenchmark.Lib(BenchSession.open());
      coodie = new CoodieBenchmark.Lib(BenchSession.open(), true);
      for (int size : Items.STREAM_SIZES) {
        long rawRows = rawStream(size, Long.MAX_VALUE, null);
        long coodieRows = coodieStream(size, Long.MAX_VALUE, null);
        if (rawRows != size || coodieRows != size) {
          throw new IllegalStateException("stream partition of " + size + " rows: raw read " + rawRows
              + ", coodie " + coodieRows);
        }
      }
    }

    @TearDown(Level.Trial)
    public void close() {
      raw.session.close();
      coodie.session.close();
    }

    /** Streams partition {@code size} with the raw driver; at {@code probeAt} rows, runs {@code probe}. */
    long rawStream(int size, long probeAt, Runnable probe) {
      long sum = 0;
      long rows = 0;
      for (Row row : raw.session.execute(raw.partition.bind(Items.streamPartition(size)))) {
        sum += RawDriverBenchmark.Lib.map(row).getPrice();
        if (++rows == probeAt) {
          probe.run();
        }
      }
      return sum == 0 ? -1 : rows;
    }

    /** Streams partition {@code size} with coodie (tracked); at {@code probeAt} rows, runs {@code probe}. */
    long coodieStream(int size, long probeAt, Runnable probe) {
      long sum = 0;
      long rows = 0;
      try (Stream<CoodieItem> stream = coodie.items.query().where("pk").eq(Items.streamPartition(size)).stream()) {
        for (Iterator<CoodieItem> it = stream.iterator(); it.hasNext(); ) {
          sum += it.next().getPrice();
          rows++;
          if (probe != null && (rows == 1_000 || rows == 10_000 || rows == probeAt)) {
            probe.run();
          }
        }
      }
      return sum == 0 ? -1 : rows;
    }
  }

  /** The per-size counters and the heap probe JMH reports (as secondary metrics, summed over each iteration). */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Counters {
    final Parts parts = new Parts(6, false);
    final long[] heap = new long[6];
    int probe;

    @Setup(Level.Iteration)
    public void reset(Libs libs, IterationParams iteration) {
      parts.reset();
      java.util.Arrays.fill(heap, 0);
      if (iteration.getType() == IterationType.MEASUREMENT) {
        probe = 1;
        heap[0] = Parts.liveHeap();
        libs.coodieStream(100_000, 100_000, () -> heap[probe++] = Parts.liveHeap());
        heap[4] = Parts.liveHeap();
        libs.rawStream(100_000, 100_000, () -> heap[5] = Parts.liveHeap());
      }
    }

    public long raw1kRows() { return parts.get(RAW_1K, Parts.OPS); }
    public long raw1kNs() { return parts.get(RAW_1K, Parts.NS); }
    public long raw1kCpuNs() { return parts.get(RAW_1K, Parts.CPU_NS); }
    public long raw1kAllocB() { return parts.get(RAW_1K, Parts.ALLOC_B); }
    public long raw1kGcMs() { return parts.get(RAW_1K, Parts.GC_MS); }
    public long raw1kGcCount() { return parts.get(RAW_1K, Parts.GC_COUNT); }
    public long raw10kRows() { return parts.get(RAW_10K, Parts.OPS); }
    public long raw10kNs() { return parts.get(RAW_10K, Parts.NS); }
    public long raw10kCpuNs() { return parts.get(RAW_10K, Parts.CPU_NS); }
    public long raw10kAllocB() { return parts.get(RAW_10K, Parts.ALLOC_B); }
    public long raw10kGcMs() { return parts.get(RAW_10K, Parts.GC_MS); }
    public long raw10kGcCount() { return parts.get(RAW_10K, Parts.GC_COUNT); }
    public long raw100kRows() { return parts.get(RAW_100K, Parts.OPS); }
    public long raw100kNs() { return parts.get(RAW_100K, Parts.NS); }
    public long raw100kCpuNs() { return parts.get(RAW_100K, Parts.CPU_NS); }
    public long raw100kAllocB() { return parts.get(RAW_100K, Parts.ALLOC_B); }
    public long raw100kGcMs() { return parts.get(RAW_100K, Parts.GC_MS); }
    public long raw100kGcCount() { return parts.get(RAW_100K, Parts.GC_COUNT); }
    public long coodie1kRows() { return parts.get(COODIE_1K, Parts.OPS); }
    public long coodie1kNs() { return parts.get(COODIE_1K, Parts.NS); }
    public long coodie1kCpuNs() { return parts.get(COODIE_1K, Parts.CPU_NS); }
    public long coodie1kAllocB() { return parts.get(COODIE_1K, Parts.ALLOC_B); }
    public long coodie1kGcMs() { return parts.get(COODIE_1K, Parts.GC_MS); }
    public long coodie1kGcCount() { return parts.get(COODIE_1K, Parts.GC_COUNT); }
    public long coodie10kRows() { return parts.get(COODIE_10K, Parts.OPS); }
    public long coodie10kNs() { return parts.get(COODIE_10K, Parts.NS); }
    public long coodie10kCpuNs() { return parts.get(COODIE_10K, Parts.CPU_NS); }
    public long coodie10kAllocB() { return parts.get(COODIE_10K, Parts.ALLOC_B); }
    public long coodie10kGcMs() { return parts.get(COODIE_10K, Parts.GC_MS); }
    public long coodie10kGcCount() { return parts.get(COODIE_10K, Parts.GC_COUNT); }
    public long coodie100kRows() { return parts.get(COODIE_100K, Parts.OPS); }
    public long coodie100kNs() { return parts.get(COODIE_100K, Parts.NS); }
    public long coodie100kCpuNs() { return parts.get(COODIE_100K, Parts.CPU_NS); }
    public long coodie100kAllocB() { return parts.get(COODIE_100K, Parts.ALLOC_B); }
    public long coodie100kGcMs() { return parts.get(COODIE_100K, Parts.GC_MS); }
    public long coodie100kGcCount() { return parts.get(COODIE_100K, Parts.GC_COUNT); }
    /**
     * Used heap (bytes) after a full collection: before a tracked stream of 100,000 rows is opened, after 1,000,
     * 10,000 and 100,000 of its rows (still open), after it is closed, and after 100,000 rows of the raw driver's.
     */
    public long coodieHeapBefore() { return heap[0]; }
    public long coodieHeap1k() { return heap[1]; }
    public long coodieHeap10k() { return heap[2]; }
    public long coodieHeap100k() { return heap[3]; }
    public long coodieHeapClosed() { return heap[4]; }
    public long rawHeap100k() { return heap[5]; }
  }

  @Benchmark
  public void stream(Libs s, Counters c, Blackhole bh) {
    int[] sizes = Items.STREAM_SIZES;
    for (int i = 0; i < sizes.length; i++) {
      c.parts.begin();
      long rows = s.rawStream(sizes[i], Long.MAX_VALUE, null);
      c.parts.end(RAW_1K + i, rows);
      c.parts.begin();
      long coodieRows = s.coodieStream(sizes[i], Long.MAX_VALUE, null);
      c.parts.end(COODIE_1K + i, coodieRows);
      bh.consume(rows + coodieRows);
    }
  }
}
