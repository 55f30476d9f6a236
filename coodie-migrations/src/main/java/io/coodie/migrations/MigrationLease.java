package io.coodie.migrations;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.servererrors.InvalidQueryException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The lease that lets one runner at a time migrate a keyspace, across application instances: one row of the lease
 * table, written with a lightweight transaction ({@code INSERT ... IF NOT EXISTS USING TTL}, serial consistency
 * {@code SERIAL}, so runners in different datacenters exclude each other too).
 *
 * <p>While held, a daemon thread renews it every third of the TTL ({@code UPDATE ... USING TTL ... IF owner = me});
 * a renewal that finds another owner, or that cannot reach the cluster until the lease may have expired, marks the
 * lease lost, and the runner stops before its next statement. {@link #close()} deletes the row ({@code IF owner =
 * me}). A runner that crashes leaves the row behind; it expires after the TTL and the next runner takes over.
 */
final class MigrationLease implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MigrationLease.class);
  private static final String NAME = "migrations";

  private final CqlSession session;
  private final String table;
  private final String owner;
  private final Duration ttl;
  private final ScheduledExecutorService renewer;
  private volatile long validUntilNanos;
  private volatile String lost;

  private MigrationLease(CqlSession session, String table, String owner, Duration ttl) {
    this.session = session;
    this.table = table;
    this.owner = owner;
    this.ttl = ttl;
    this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "coodie-migrations-lease");
      thread.setDaemon(true);
      return thread;
    });
  }

  static String createTable(String table) {
    return "CREATE TABLE IF NOT EXISTS " + table + " (name text PRIMARY KEY, owner text, acquired_on timestamp,"
        + " renewed_on timestamp) WITH comment = 'coodie-migrations: the lease of the runner migrating this keyspace'";
  }

  /**
   * Takes the lease, waiting up to {@code wait} for another runner to release it (or for its lease to expire).
   *
   * @throws MigrationLockedException if it is still held after {@code wait}
   */
  static MigrationLease acquire(CqlSession session, String table, String owner, Duration ttl, Duration wait) {
    MigrationLease lease = new MigrationLease(session, table, owner, ttl);
    long deadline = System.nanoTime() + wait.toNanos();
    long pause = 100;
    boolean logged = false;
    int unknownTable = 0;
    while (true) {
      long sent = System.nanoTime();
      Instant now = Instant.now();
      Row row;
      try {
        row = lwt(session, SimpleStatement.newInstance("INSERT INTO " + table
            + " (name, owner, acquired_on, renewed_on) VALUES (?, ?, ?, ?) IF NOT EXISTS USING TTL ?",
            NAME, owner, now, now, seconds(ttl)));
      } catch (InvalidQueryException e) {
        // Another runner has just created the table: system_schema shows it a moment before the node serves it.
        if (++unknownTable > 50 || !String.valueOf(e.getMessage()).contains("does not exist")) {
          throw e;
        }
        sleep(100);
        continue;
      }
      if (row.getBoolean("[applied]")) {
        lease.validUntilNanos = sent + lease.validity();
        lease.renewer.scheduleWithFixedDelay(lease::renew, ttl.toMillis() / 3, ttl.toMillis() / 3,
            TimeUnit.MILLISECONDS);
        log.debug("migration lease {} taken by {}", table, owner);
        return lease;
      }
      String holder = row.getString("owner") + " (taken " + row.getInstant("acquired_on") + ", renewed "
          + row.getInstant("renewed_on") + ")";
      if (System.nanoTime() - deadline > 0) {
        lease.renewer.shutdownNow();
        throw new MigrationLockedException("Another runner holds the migration lease " + table + ": " + holder
            + "; waited " + wait.toMillis() + " ms. If that runner is still migrating, let it finish; if it crashed,"
            + " its lease expires at most " + ttl.toSeconds() + " s after its last renewal (the lease TTL), or"
            + " delete the lease row: DELETE FROM " + table + " WHERE name = '" + NAME + "'");
      }
      if (!logged) {
        log.info("Waiting for the migration lease {}, held by {}", table, holder);
        logged = true;
      }
      sleep(Math.min(pause, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
      pause = Math.min(pause * 2, 1000);
    }
  }

  /**
   * How long this runner counts on the lease after a write: the TTL less one second, because Cassandra expires cells
   * at whole seconds (a TTL of n s written late in a second ends up to 1 s before n s have passed), so the next
   * runner can take the lease before this one's TTL is over.
   */
  private long validity() {
    return ttl.toNanos() - TimeUnit.SECONDS.toNanos(1);
  }

  private void renew() {
    long sent = System.nanoTime();
    try {
      Row row = lwt(session, SimpleStatement.newInstance("UPDATE " + table + " USING TTL ? SET owner = ?,"
          + " renewed_on = ? WHERE name = ? IF owner = ?", seconds(ttl), owner, Instant.now(), NAME, owner));
      if (row.getBoolean("[applied]")) {
        validUntilNanos = sent + validity();
      } else {
        lost = "the lease is now held by " + row.getString("owner");
        renewer.shutdown();
      }
    } catch (DriverException e) {
      log.warn("Could not renew the migration lease {}: {}", table, e.toString());
      if (System.nanoTime() - validUntilNanos > 0) {
        lost = "it could not be renewed before it expired (" + e + ")";
        renewer.shutdown();
      }
    }
  }

  /**
   * Fails if the lease was lost or may have expired.
   *
   * @throws MigrationLockedException if so
   */
  void check() {
    String reason = lost;
    if (reason == null && System.nanoTime() - validUntilNanos > 0) {
      reason = "it was not renewed within its TTL of " + ttl.toMillis() + " ms";
    }
    if (reason != null) {
      throw new MigrationLockedException("This runner lost the migration lease " + table + ": " + reason
          + ". It stopped before the next statement; run again (another runner may be migrating now).");
    }
  }

  /** Stops renewing and deletes the lease row if this runner still owns it. */
  @Override
  public void close() {
    renewer.shutdownNow();
    try {
      lwt(session, SimpleStatement.newInstance("DELETE FROM " + table + " WHERE name = ? IF owner = ?", NAME, owner));
    } catch (DriverException e) {
      log.warn("Could not release the migration lease {} (it expires after its TTL): {}", table, e.toString());
    }
  }

  /** Stops renewing without releasing, as a crashed runner would: the row expires after its TTL. For tests. */
  void abandon() {
    renewer.shutdownNow();
  }

  private static Row lwt(CqlSession session, SimpleStatement statement) {
    ResultSet result = session.execute(statement.setSerialConsistencyLevel(ConsistencyLevel.SERIAL)
        .setConsistencyLevel(ConsistencyLevel.QUORUM));
    return result.one();
  }

  private static int seconds(Duration ttl) {
    return (int) Math.max(1, (ttl.toMillis() + 999) / 1000);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MigrationLockedException("interrupted while waiting for the migration lease");
    }
  }
}
