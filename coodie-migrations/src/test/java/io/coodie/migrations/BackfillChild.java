package io.coodie.migrations;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.coodie.test.TestDriverConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.InetSocketAddress;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The child JVM of {@link LargeBackfillIT}, started with a small heap ({@code -Xmx64m}): applies a Java migration
 * that backfills {@code payload_length} over the whole {@code events} table with {@link MigrationContext#scan}, and
 * prints one {@code RESULT} line: rows consumed, duplicates, payload bytes read, peak used heap, max heap.
 *
 * <p>Arguments: host port datacenter keyspace migrations-directory.
 */
public final class BackfillChild {

  static final BitSet SEEN = new BitSet();
  static final AtomicLong ROWS = new AtomicLong();
  static final AtomicLong DUPLICATES = new AtomicLong();
  static final AtomicLong BYTES = new AtomicLong();
  static final AtomicLong PEAK_HEAP = new AtomicLong();

  private BackfillChild() {}

  /** Backfills {@code payload_length}, writes async with at most 128 in flight. */
  public static final class V2__Backfill_payload_length implements JavaMigration {
    @Override
    public void migrate(MigrationContext context) throws Exception {
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      PreparedStatement update = context.session().prepare(
          "UPDATE " + context.keyspace().asCql(true) + ".events SET payload_length = ? WHERE id = ?");
      Semaphore inFlight = new Semaphore(128);
      AtomicReference<Throwable> failure = new AtomicReference<>();
      context.scanner("events").columns(List.of("id", "payload")).pageSize(500).run(row -> {
        int id = row.row().getInt("id");
        String payload = row.row().getString("payload");
        synchronized (SEEN) {
          if (SEEN.get(id)) {
            DUPLICATES.incrementAndGet();
          }
          SEEN.set(id);
        }
        BYTES.addAndGet(payload.length());
        if (ROWS.incrementAndGet() % 500 == 0) {
          PEAK_HEAP.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        }
        if (failure.get() != null) {
          throw new IllegalStateException("a backfill write failed", failure.get());
        }
        inFlight.acquire();
        context.session().executeAsync(update.bind(payload.length(), id)).whenComplete((r, e) -> {
          if (e != null) {
            failure.compareAndSet(null, e);
          }
          inFlight.release();
        });
      });
      inFlight.acquire(128); // every write done
      if (failure.get() != null) {
        throw new IllegalStateException("a backfill write failed", failure.get());
      }
    }
  }

  public static void main(String[] args) {
    try (CqlSession session = CqlSession.builder()
        .addContactPoint(new InetSocketAddress(args[0], Integer.parseInt(args[1])))
        .withLocalDatacenter(args[2]).withConfigLoader(TestDriverConfig.loader()).build()) {
      Migrator.builder(session).keyspace(args[3]).locations("filesystem:" + args[4]).installedBy("child@ci")
          .javaMigrations(List.of(new V2__Backfill_payload_length())).build().migrate();
    }
    PEAK_HEAP.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
    System.out.println("RESULT rows=" + ROWS.get() + " distinct=" + SEEN.cardinality() + " duplicates="
        + DUPLICATES.get() + " bytes=" + BYTES.get() + " peakHeap=" + PEAK_HEAP.get() + " maxHeap="
        + Runtime.getRuntime().maxMemory());
    System.exit(0);
  }
}
