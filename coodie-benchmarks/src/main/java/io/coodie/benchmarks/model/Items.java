package io.coodie.benchmarks.model;

import java.time.Instant;

/**
 * The benchmark's one table and the values of its rows. Every variant (raw driver, coodie, Spring Data, the driver's
 * mapper) maps its own class of the same shape to the same table, and builds the same values for the same key, so
 * every variant writes and reads identical data.
 */
public final class Items {

  private Items() {}

  /** Keyspace of the benchmark table. */
  public static final String KEYSPACE = "bench";

  /** Table name. */
  public static final String TABLE = "item";

  /** The table: a text partition key, an int clustering column and eight regular columns of common types. */
  public static final String DDL = "CREATE TABLE IF NOT EXISTS " + KEYSPACE + "." + TABLE + " (pk text, ck int,"
      + " name text, description text, category text, price int, quantity int, rating double, created timestamp,"
      + " active boolean, PRIMARY KEY (pk, ck))";

  /** Partitions read by the get and partition workloads: {@code r0} ... {@code r9}. */
  public static final int READ_PARTITIONS = 10;

  /** Rows per read partition (and rows returned by the partition workload). */
  public static final int ROWS_PER_PARTITION = 100;

  /** Distinct partitions the single-insert workload cycles through (one row each, overwritten). */
  public static final int INSERT_KEYS = 20_000;

  /** Distinct partitions the batch workload cycles through. */
  public static final int BATCH_KEYS = 500;

  /** Rows in one batch (all in one partition). */
  public static final int BATCH_SIZE = 50;

  /** Rows prepared for the update and conditional-update workloads, one per benchmark thread. */
  public static final int MAX_THREADS = 16;

  private static final String DESCRIPTION =
      "A sturdy, medium-sized item used to measure object mapping overhead against Cassandra";
  private static final String[] CATEGORIES = {"books", "garden", "kitchen", "toys", "tools"};
  private static final Instant BASE = Instant.parse("2025-01-01T00:00:00Z");

  private static final String[] READ_KEYS = keys("r", READ_PARTITIONS);
  private static final String[] INSERT_KEY_NAMES = keys("i", INSERT_KEYS);
  private static final String[] BATCH_KEY_NAMES = keys("b", BATCH_KEYS);

  // Keys are built once, so that no variant's measurement includes building key strings.
  private static String[] keys(String prefix, int count) {
    String[] keys = new String[count];
    for (int i = 0; i < count; i++) {
      keys[i] = prefix + i;
    }
    return keys;
  }

  /** Partition key of read partition {@code i}. */
  public static String readPartition(int i) {
    return READ_KEYS[i];
  }

  /** Partition key of the row the update workload of thread {@code thread} changes. */
  public static String updateKey(int thread) {
    return "u" + thread;
  }

  /** Partition key of the row the conditional-update workload of thread {@code thread} changes. */
  public static String lwtKey(int thread) {
    return "l" + thread;
  }

  /** Partition key of the {@code n}-th single insert. */
  public static String insertKey(long n) {
    return INSERT_KEY_NAMES[(int) (n % INSERT_KEYS)];
  }

  /**
   * Partition key of the {@code n}-th single insert of variant {@code variant} (0 to 9) of the interleaved and
   * concurrent benchmarks: each variant cycles through its own 2,000 keys, so that no two variants write the same row.
   */
  public static String insertKey(int variant, long n) {
    if (variant < 0 || variant >= 10) {
      throw new IllegalArgumentException("variant " + variant + " of 0 to 9");
    }
    return INSERT_KEY_NAMES[(int) ((n % (INSERT_KEYS / 10)) * 10 + variant)];
  }

  /** Sizes of the stream partitions: one partition of each many rows. */
  public static final int[] STREAM_SIZES = {1_000, 10_000, 100_000};

  /** Partition key of the stream partition of {@code rows} rows. */
  public static String streamPartition(int rows) {
    return "s" + rows;
  }

  /** Partition key of the {@code n}-th batch. */
  public static String batchKey(long n) {
    return BATCH_KEY_NAMES[(int) (n % BATCH_KEYS)];
  }

  public static String name(String pk, int ck) {
    return "item " + pk + "/" + ck;
  }

  public static String description() {
    return DESCRIPTION;
  }

  public static String category(int ck) {
    return CATEGORIES[ck % CATEGORIES.length];
  }

  public static int price(int ck) {
    return 100 + ck * 3;
  }

  public static int quantity(int ck) {
    return 1000 + ck;
  }

  public static double rating(int ck) {
    return (ck % 50) / 10.0;
  }

  public static Instant created(int ck) {
    return BASE.plusSeconds(ck);
  }

  public static boolean active(int ck) {
    return ck % 2 == 0;
  }
}
