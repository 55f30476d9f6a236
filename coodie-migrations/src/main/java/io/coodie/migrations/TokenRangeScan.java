package io.coodie.migrations;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * A full scan of a table in token order, for data migrations over tables too large to read at once: the ring of the
 * {@code Murmur3Partitioner} (tokens {@code -2^63+1 .. 2^63-1}) is split into {@link #splits(int) equal ranges},
 * each read with {@code SELECT token(pk), columns FROM table WHERE token(pk) > ? AND token(pk) <= ?} and paged by
 * the driver {@link #pageSize(int) a page at a time}, so memory holds one page whatever the size of the table.
 *
 * <p><b>Resuming.</b> Rows arrive in token order. A scan that stops (the consumer threw, the process died) can go on
 * with {@link #fromToken(long)} given the token of the last partition it completed: {@link ScanResult#lastToken()}
 * after a full scan, {@link TokenScanException#resumeToken()} when the consumer threw, or the token the consumer
 * saved from {@link ScanRow#token()} as it went (a partition whose token a consumer has seen with its last row is
 * complete). Partitions with a token greater than it are scanned, in order.
 *
 * <p><b>Throttling.</b> {@link #rowsPerSecond(double)} limits how fast rows are handed to the consumer (and so the
 * reads, page by page), to keep a backfill from competing with production traffic.
 *
 * <p>Only tables of the {@code Murmur3Partitioner} (Cassandra's default) are supported.
 */
public final class TokenRangeScan {

  /** The smallest token a partition can have with the Murmur3 partitioner is {@code MIN + 1}. */
  static final long MIN_TOKEN = Long.MIN_VALUE;

  private final CqlSession session;
  private final CqlIdentifier keyspace;
  private final CqlIdentifier table;
  private List<String> columns = List.of();
  private int pageSize = 1000;
  private int splits = 16;
  private double rowsPerSecond;
  private long fromToken = MIN_TOKEN;
  private ScanProgress progress = token -> {};

  TokenRangeScan(CqlSession session, CqlIdentifier keyspace, CqlIdentifier table) {
    this.session = Objects.requireNonNull(session, "session");
    this.keyspace = Objects.requireNonNull(keyspace, "keyspace");
    this.table = Objects.requireNonNull(table, "table");
  }

  /**
   * A scan of a table.
   *
   * @param session the session
   * @param keyspace the keyspace, CQL form
   * @param table the table, CQL form
   * @return the scan, to configure and {@link #run}
   */
  public static TokenRangeScan of(CqlSession session, String keyspace, String table) {
    return new TokenRangeScan(session, CqlIdentifier.fromCql(keyspace), CqlIdentifier.fromCql(table));
  }

  /**
   * The columns to read (CQL form). Default: every column.
   *
   * @param columns the columns
   * @return this scan
   */
  public TokenRangeScan columns(List<String> columns) {
    this.columns = List.copyOf(columns);
    return this;
  }

  /**
   * Rows per page, 1 to 10,000. Default 1,000.
   *
   * @param pageSize the page size
   * @return this scan
   */
  public TokenRangeScan pageSize(int pageSize) {
    if (pageSize < 1 || pageSize > 10_000) {
      throw new IllegalArgumentException("pageSize must be 1 to 10000, not " + pageSize);
    }
    this.pageSize = pageSize;
    return this;
  }

  /**
   * Into how many equal token ranges the ring is split (each one query). Default 16.
   *
   * @param splits 1 or more
   * @return this scan
   */
  public TokenRangeScan splits(int splits) {
    if (splits < 1) {
      throw new IllegalArgumentException("splits must be at least 1, not " + splits);
    }
    this.splits = splits;
    return this;
  }

  /**
   * At most this many rows per second handed to the consumer; 0 (the default) for no limit.
   *
   * @param rowsPerSecond the rate
   * @return this scan
   */
  public TokenRangeScan rowsPerSecond(double rowsPerSecond) {
    if (rowsPerSecond < 0) {
      throw new IllegalArgumentException("rowsPerSecond must be 0 or more, not " + rowsPerSecond);
    }
    this.rowsPerSecond = rowsPerSecond;
    return this;
  }

  /**
   * Scans only partitions whose token is greater than this one: resumes a scan that completed the partitions up to
   * this token.
   *
   * @param token the last completed token
   * @return this scan
   */
  public TokenRangeScan fromToken(long token) {
    this.fromToken = token;
    return this;
  }

  /**
   * Called after each completed token range and each page with the last token whose partitions are all consumed,
   * for the application to save as a checkpoint.
   *
   * @param progress the callback
   * @return this scan
   */
  public TokenRangeScan onProgress(ScanProgress progress) {
    this.progress = Objects.requireNonNull(progress, "progress");
    return this;
  }

  /**
   * Runs the scan.
   *
   * @param consumer called once per row, in token order, on the calling thread
   * @return how many rows were consumed and the last token
   * @throws TokenScanException if the consumer throws, with the token to resume from
   */
  public ScanResult run(RowConsumer consumer) {
    List<Row> schema = schemaColumns();
    List<String> partitionKey = partitionKey(schema);
    List<String> selected = columns.isEmpty()
        ? schema.stream().map(r -> CqlIdentifier.fromInternal(r.getString("column_name")).asCql(true)).toList()
        : columns;
    String tokenOf = "token(" + String.join(", ", partitionKey) + ")";
    String select = "SELECT " + tokenOf + " AS coodie_token, " + String.join(", ", selected)
        + " FROM " + keyspace.asCql(true) + "." + table.asCql(true)
        + " WHERE " + tokenOf + " > ? AND " + tokenOf + " <= ?";
    Throttle throttle = new Throttle(rowsPerSecond);
    long rows = 0;
    long completed = fromToken; // every partition with a token <= completed is consumed
    Long current = null; // token of the partition being consumed
    for (long[] range : ranges()) {
      if (range[1] <= fromToken) {
        continue;
      }
      long start = Math.max(range[0], fromToken);
      ResultSet result = session.execute(SimpleStatement.newInstance(select, start, range[1])
          .setPageSize(pageSize).setIdempotent(true));
      Iterator<Row> it = result.iterator();
      while (it.hasNext()) {
        boolean pageEnds = result.getAvailableWithoutFetching() == 1 && !result.isFullyFetched();
        Row row = it.next();
        long token = row.getLong("coodie_token");
        if (current != null && token != current) {
          completed = current;
        }
        current = token;
        throttle.acquire();
        try {
          consumer.accept(new ScanRow(token, row));
        } catch (Exception e) {
          throw new TokenScanException("The consumer of the scan of " + keyspace.asCql(true) + "."
              + table.asCql(true) + " failed at token " + token + " after " + rows + " rows; resume with"
              + " fromToken(" + completed + ")", completed, rows, e);
        }
        rows++;
        if (pageEnds) {
          progress.completed(completed);
        }
      }
      completed = range[1];
      current = null;
      progress.completed(completed);
    }
    return new ScanResult(rows, completed);
  }

  /** The ring split into equal ranges (start exclusive, end inclusive), in token order. */
  List<long[]> ranges() {
    List<long[]> ranges = new ArrayList<>();
    BigInteger min = BigInteger.valueOf(MIN_TOKEN);
    BigInteger width = BigInteger.valueOf(Long.MAX_VALUE).subtract(min);
    BigInteger previous = min;
    for (int i = 1; i <= splits; i++) {
      BigInteger end = i == splits ? BigInteger.valueOf(Long.MAX_VALUE)
          : min.add(width.multiply(BigInteger.valueOf(i)).divide(BigInteger.valueOf(splits)));
      ranges.add(new long[] {previous.longValueExact(), end.longValueExact()});
      previous = end;
    }
    return ranges;
  }

  private List<Row> schemaColumns() {
    return session.execute(SimpleStatement.newInstance("SELECT column_name, kind, position FROM"
        + " system_schema.columns WHERE keyspace_name = ? AND table_name = ?", keyspace.asInternal(),
        table.asInternal())).all();
  }

  private List<String> partitionKey(List<Row> rows) {
    List<Row> key = new ArrayList<>(rows.stream().filter(r -> "partition_key".equals(r.getString("kind"))).toList());
    if (key.isEmpty()) {
      throw new MigrationException("Cannot scan " + keyspace.asCql(true) + "." + table.asCql(true)
          + ": no such table");
    }
    key.sort(Comparator.comparingInt(r -> r.getInt("position")));
    return key.stream().map(r -> CqlIdentifier.fromInternal(r.getString("column_name")).asCql(true)).toList();
  }

  /** Receives the rows of a scan. */
  @FunctionalInterface
  public interface RowConsumer {
    /**
     * Handles one row.
     *
     * @param row the row and its partition's token
     * @throws Exception to stop the scan ({@link TokenScanException} tells where to resume)
     */
    void accept(ScanRow row) throws Exception;
  }

  /** Receives checkpoints of a scan. */
  @FunctionalInterface
  public interface ScanProgress {
    /**
     * Every partition with a token up to this one has been consumed.
     *
     * @param token the token to resume from
     */
    void completed(long token);
  }

  /**
   * A row of a scan.
   *
   * @param token the token of its partition
   * @param row the row: the selected columns (and {@code coodie_token})
   */
  public record ScanRow(long token, Row row) {}

  /**
   * The outcome of a complete scan.
   *
   * @param rows how many rows were consumed
   * @param lastToken the last token scanned (the end of the ring)
   */
  public record ScanResult(long rows, long lastToken) {}

  /** A simple rate limiter: rows are spaced {@code 1/rate} seconds apart, with up to one second of burst. */
  private static final class Throttle {
    private final long intervalNanos;
    private long next = System.nanoTime();

    Throttle(double rate) {
      this.intervalNanos = rate <= 0 ? 0 : (long) (1_000_000_000L / rate);
    }

    void acquire() {
      if (intervalNanos == 0) {
        return;
      }
      long now = System.nanoTime();
      next = Math.max(next, now - 1_000_000_000L) + intervalNanos;
      long wait = next - now;
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new MigrationException("interrupted during a throttled scan", e);
        }
      }
    }
  }
}
