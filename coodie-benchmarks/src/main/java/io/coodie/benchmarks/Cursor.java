package io.coodie.benchmarks;

import io.coodie.benchmarks.model.Items;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Per-thread position in the key space. Every variant walks the same keys in the same order, so each writes and
 * reads exactly the same rows.
 */
@State(Scope.Thread)
public class Cursor {

  /** Rows the get workload picks from: every row of the read partitions. */
  private static final int READ_ROWS = Items.READ_PARTITIONS * Items.ROWS_PER_PARTITION;

  /** This thread's index (0-based), which selects its update and conditional-update rows. */
  public int thread;
  private long n;

  @Setup(Level.Trial)
  public void setUp(ThreadParams params) {
    thread = params.getThreadIndex();
    if (thread >= Items.MAX_THREADS) {
      throw new IllegalStateException("At most " + Items.MAX_THREADS + " benchmark threads are prepared");
    }
    n = thread * 1_000_003L;
  }

  /** The next operation number of this thread. */
  public long next() {
    return n++;
  }

  /** A row of the read partitions, scattered: its index {@code partition * 100 + clustering}. */
  public int nextReadRow() {
    return (int) ((next() * 7919) % READ_ROWS);
  }

  /** Partition key of read row {@code row}. */
  public static String readPk(int row) {
    return Items.readPartition(row / Items.ROWS_PER_PARTITION);
  }

  /** Clustering key of read row {@code row}. */
  public static int readCk(int row) {
    return row % Items.ROWS_PER_PARTITION;
  }

  /** The next read partition. */
  public String nextReadPartition() {
    return Items.readPartition((int) (next() % Items.READ_PARTITIONS));
  }
}
