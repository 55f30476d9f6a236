package io.coodie.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.List;

/**
 * Accumulators for the parts of an interleaved benchmark (raw driver, coodie, raw driver again, ...): per part the
 * operations, the wall-clock time, the CPU time (of the calling thread, or of the whole benchmark JVM), the bytes the
 * calling thread allocated and the GC pauses that fell into the part. A part is measured by {@link #begin()} and
 * {@link #end(int, long)} around it; the JMH counters of the benchmark classes ({@code @AuxCounters}) read them.
 *
 * <p>GC pauses are attributed to the part during which they happened: a collection triggered by one part pays for
 * whatever every part left alive, so GC per part is an approximation (the JVM's total is exact).
 */
final class Parts {

  static final int OPS = 0;
  static final int NS = 1;
  static final int CPU_NS = 2;
  static final int ALLOC_B = 3;
  static final int GC_MS = 4;
  static final int GC_COUNT = 5;
  private static final int METRICS = 6;

  static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
  private static final GarbageCollectorMXBean[] GCS =
      ManagementFactory.getGarbageCollectorMXBeans().toArray(GarbageCollectorMXBean[]::new);

  static {
    // Enabled up front: the first call would otherwise enable it lazily (and measure nothing before).
    THREADS.setThreadCpuTimeEnabled(true);
    THREADS.setThreadAllocatedMemoryEnabled(true);
  }

  private final long[] acc;
  private final boolean processCpu;
  private long ns0;
  private long cpu0;
  private long alloc0;
  private long gcMs0;
  private long gcCount0;

  /**
   * {@code parts} parts; CPU time of the calling thread ({@code processCpu} false) or of the whole JVM (true: every
   * thread, including the driver's I/O threads and GC, through {@code OperatingSystemMXBean.getProcessCpuTime}).
   */
  Parts(int parts, boolean processCpu) {
    this.acc = new long[parts * METRICS];
    this.processCpu = processCpu;
  }

  void reset() {
    java.util.Arrays.fill(acc, 0);
  }

  /** Starts measuring a part (on the thread that runs it). */
  void begin() {
    gcCount0 = gcCount();
    gcMs0 = gcMillis();
    alloc0 = THREADS.getCurrentThreadAllocatedBytes();
    cpu0 = cpu();
    ns0 = System.nanoTime();
  }

  /** Ends the part begun last, which ran {@code ops} operations, and adds it to part {@code part}. */
  void end(int part, long ops) {
    long ns = System.nanoTime() - ns0;
    long cpu = cpu() - cpu0;
    long alloc = THREADS.getCurrentThreadAllocatedBytes() - alloc0;
    long gcMs = gcMillis() - gcMs0;
    long gcCount = gcCount() - gcCount0;
    int i = part * METRICS;
    acc[i + OPS] += ops;
    acc[i + NS] += ns;
    acc[i + CPU_NS] += cpu;
    acc[i + ALLOC_B] += alloc;
    acc[i + GC_MS] += gcMs;
    acc[i + GC_COUNT] += gcCount;
  }

  /** Adds {@code value} to a metric of a part directly. */
  void add(int part, int metric, long value) {
    acc[part * METRICS + metric] += value;
  }

  long get(int part, int metric) {
    return acc[part * METRICS + metric];
  }

  private long cpu() {
    return processCpu ? OS.getProcessCpuTime() : THREADS.getCurrentThreadCpuTime();
  }

  static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean gc : GCS) {
      total += Math.max(0, gc.getCollectionTime());
    }
    return total;
  }

  static long gcCount() {
    long total = 0;
    for (GarbageCollectorMXBean gc : GCS) {
      total += Math.max(0, gc.getCollectionCount());
    }
    return total;
  }

  /** Used heap after a full collection: what is still reachable. */
  static long liveHeap() {
    System.gc();
    return MEMORY.getHeapMemoryUsage().getUsed();
  }

  /** The names of the garbage collectors, for messages. */
  static List<String> collectors() {
    return java.util.Arrays.stream(GCS).map(GarbageCollectorMXBean::getName).toList();
  }
}
