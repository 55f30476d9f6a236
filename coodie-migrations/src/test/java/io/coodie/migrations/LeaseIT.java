package io.coodie.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One runner at a time: concurrent runners on two sessions, a runner that gives up, a crashed runner's lease. */
@CassandraTest
class LeaseIT {

  @TempDir Path root;

  /** A Java migration counting its runs in a map shared by both runners, slow enough to need a lease renewal. */
  record Counted(String version, Map<String, AtomicInteger> runs, long millis) implements JavaMigration {
    @Override
    public String description() {
      return "counted " + version;
    }

    @Override
    public void migrate(MigrationContext context) throws InterruptedException {
      runs.computeIfAbsent(version, v -> new AtomicInteger()).incrementAndGet();
      context.execute("ALTER TABLE ${keyspace}.orders ADD c" + version + " int");
      Thread.sleep(millis);
    }
  }

  @Test
  void twoRunnersStartedAtOnceApplyEachMigrationExactlyOnce(TestCassandra cassandra, CqlSession admin)
      throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "race");
        CqlSession other = cassandra.sessionBuilder().withKeyspace(CqlIdentifier.fromInternal(box.keyspace)).build()) {
      box.write("V1__create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);"); // not repeatable
      Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
      // 2 s TTL, renewed every ~667 ms; migration 2 takes longer than the TTL, so only renewal keeps the lease
      List<Migrator> runners = List.of(
          box.migrator().leaseTtl(Duration.ofSeconds(2)).installedBy("runner-a")
              .javaMigrations(List.of(new Counted("2", runs, 2500), new Counted("3", runs, 10))).build(),
          Migrator.builder(other).locations("filesystem:" + box.dir).leaseTtl(Duration.ofSeconds(2))
              .installedBy("runner-b")
              .javaMigrations(List.of(new Counted("2", runs, 2500), new Counted("3", runs, 10))).build());
      CyclicBarrier start = new CyclicBarrier(2);
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<List<AppliedMigration>>> results = runners.stream().map(r -> pool.submit(() -> {
          start.await();
          return r.migrate();
        })).toList();
        List<List<String>> applied = List.of(versions(results.get(0).get(1, TimeUnit.MINUTES)),
            versions(results.get(1).get(1, TimeUnit.MINUTES)));
        assertThat(applied).as("one runner applied everything, the other waited and found nothing to do")
            .containsExactlyInAnyOrder(List.of("1", "2", "3"), List.of());
      } finally {
        pool.shutdownNow();
      }
      assertThat(runs).containsOnlyKeys("2", "3");
      assertThat(runs.values()).extracting(AtomicInteger::get).containsOnly(1);
      Map<String, Row> history = box.history();
      assertThat(history).containsOnlyKeys("1", "2", "3");
      assertThat(history.values()).allMatch(r -> r.getBoolean("success"));
      assertThat(history.values().stream().map(r -> r.getString("installed_by")).distinct()).hasSize(1);
      assertThat(box.columns("orders")).containsOnlyKeys("id", "c2", "c3");
    }
  }

  @Test
  void aRunnerThatCannotWaitFailsNamingTheHolder(TestCassandra cassandra, CqlSession admin) throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "busy")) {
      box.write("V1__create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);");
      CountDownLatch inside = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      JavaMigration blocking = new JavaMigration() {
        @Override
        public String version() {
          return "2";
        }

        @Override
        public String description() {
          return "blocks";
        }

        @Override
        public void migrate(MigrationContext context) throws InterruptedException {
          inside.countDown();
          release.await(30, TimeUnit.SECONDS);
        }
      };
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        Future<List<AppliedMigration>> holder = pool.submit(() -> box.migrator().installedBy("holder@host")
            .javaMigrations(List.of(blocking)).build().migrate());
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        assertThatThrownBy(() -> box.migrator().installedBy("impatient").leaseWait(Duration.ZERO).build().migrate())
            .isInstanceOf(MigrationLockedException.class)
            .hasMessageStartingWith("Another runner holds the migration lease " + box.keyspace
                + ".coodie_schema_history_lease: holder@host ")
            .hasMessageContaining("waited 0 ms. If that runner is still migrating, let it finish; if it crashed, its"
                + " lease expires at most 5 s after its last renewal (the lease TTL)");
        release.countDown();
        assertThat(versions(holder.get(1, TimeUnit.MINUTES))).containsExactly("1", "2");
      } finally {
        release.countDown();
        pool.shutdownNow();
      }
      assertThat(box.history().values()).extracting(r -> r.getString("installed_by")).containsOnly("holder@host");
    }
  }

  @Test
  void aCrashedRunnersLeaseExpiresAndTheNextRunContinues(TestCassandra cassandra, CqlSession admin)
      throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "crash")) {
      box.write("V1__create_orders.cql", "CREATE TABLE ${keyspace}.orders (id int PRIMARY KEY);");
      box.write("V2__add_total.cql", "ALTER TABLE ${keyspace}.orders ADD total decimal;");
      Migrator first = box.migrator().target("1").build();
      first.migrate();
      // a runner takes the lease with a 2 s TTL and dies mid-run: no renewal, no release
      MigrationLease crashed = MigrationLease.acquire(box.session, box.keyspace + ".coodie_schema_history_lease",
          "crashed@host 1234", Duration.ofSeconds(2), Duration.ZERO);
      crashed.abandon();
      Row lease = admin.execute("SELECT owner, ttl(owner) FROM " + box.keyspace + ".coodie_schema_history_lease")
          .one();
      assertThat(lease.getString(0)).isEqualTo("crashed@host 1234");
      assertThat(lease.getInt(1)).isBetween(1, 2);

      assertThatThrownBy(() -> box.migrator().leaseWait(Duration.ZERO).build().migrate())
          .isInstanceOf(MigrationLockedException.class).hasMessageContaining("crashed@host 1234");

      long start = System.nanoTime();
      List<AppliedMigration> applied = box.migrator().leaseWait(Duration.ofSeconds(20)).build().migrate();
      long waitedMillis = (System.nanoTime() - start) / 1_000_000;
      assertThat(versions(applied)).containsExactly("2");
      assertThat(waitedMillis).as("waited for the expiry").isGreaterThan(500).isLessThan(15_000);
      assertThat(box.columns("orders")).containsOnlyKeys("id", "total");
      assertThatThrownBy(crashed::check).isInstanceOf(MigrationLockedException.class)
          .hasMessageContaining("This runner lost the migration lease");
    }
  }

  private static List<String> versions(List<AppliedMigration> applied) {
    return applied.stream().map(a -> a.version().toString()).toList();
  }
}
