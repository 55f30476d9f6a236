package io.coodie.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Apply, re-run, new file, checksum mismatch and repair, failure and retry, dry run, info, baseline, target. */
@CassandraTest
class MigratorIT {

  @TempDir Path root;

  private static final String V1 = "-- orders\nCREATE TABLE IF NOT EXISTS ${keyspace}.orders (id int PRIMARY KEY,"
      + " total decimal);\n";
  private static final String V1_1 = "ALTER TABLE ${keyspace}.orders ADD note text;\n"
      + "INSERT INTO ${keyspace}.orders (id, total, note) VALUES (1, 9.5, 'a; note -- with ''quotes''');\n";

  @Test
  void appliesFromEmptyThenReRunIsANoOpThenANewFileAppliesOnlyItself(TestCassandra cassandra, CqlSession admin)
      throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "apply")) {
      box.write("V1__create_orders.cql", V1);
      box.write("V1_1__add_note.cql", V1_1);
      Instant before = Instant.now().minusSeconds(1);

      List<AppliedMigration> applied = box.migrator().build().migrate();

      assertThat(applied).extracting(a -> a.version().toString()).containsExactly("1", "1.1");
      assertThat(box.columns("orders")).containsExactly(Map.entry("id", "int"), Map.entry("note", "text"),
          Map.entry("total", "decimal"));
      assertThat(admin.execute("SELECT note FROM " + box.keyspace + ".orders WHERE id = 1").one().getString(0))
          .isEqualTo("a; note -- with 'quotes'");
      Map<String, Row> history = box.history();
      assertThat(history).containsOnlyKeys("1", "1.1");
      Row v1 = history.get("1");
      assertThat(v1.getString("description")).isEqualTo("create orders");
      assertThat(v1.getString("type")).isEqualTo("CQL");
      assertThat(v1.getString("script")).isEqualTo("filesystem:" + box.dir + "/V1__create_orders.cql");
      assertThat(v1.getInt("checksum")).isEqualTo(CqlScripts.checksum(V1));
      assertThat(v1.getString("installed_by")).isEqualTo("tester@ci");
      assertThat(v1.getInstant("installed_on")).isBetween(before, Instant.now());
      assertThat(v1.getInt("execution_time")).isGreaterThanOrEqualTo(0);
      assertThat(v1.getBoolean("success")).isTrue();
      assertThat(v1.isNull("error")).isTrue();
      assertThat(history.get("1.1").getInt("checksum")).isEqualTo(CqlScripts.checksum(V1_1));
      assertThat(box.tables()).containsExactly("coodie_schema_history", "coodie_schema_history_lease", "orders");
      assertThat(admin.execute("SELECT * FROM " + box.keyspace + ".coodie_schema_history_lease").all())
          .as("the lease is released").isEmpty();

      box.recorder.clear();
      assertThat(box.migrator().build().migrate()).isEmpty();
      assertThat(box.recorder.ddl()).as("a re-run sends no DDL").isEmpty();
      assertThat(box.recorder.changes()).as("only the lease is written")
          .allMatch(q -> q.contains("coodie_schema_history_lease"));
      assertThat(box.history()).containsOnlyKeys("1", "1.1");

      box.write("V2__add_customer.cql", "ALTER TABLE ${keyspace}.orders ADD customer text;");
      assertThat(box.migrator().build().migrate()).extracting(a -> a.version().toString()).containsExactly("2");
      assertThat(box.columns("orders")).containsKey("customer");
      assertThat(box.history()).containsOnlyKeys("1", "1.1", "2");
      assertThat(box.history().get("1").getInstant("installed_on")).isEqualTo(v1.getInstant("installed_on"));
      assertThat(box.migrator().build().info()).extracting(MigrationInfo::state)
          .containsOnly(MigrationState.APPLIED).hasSize(3);
    }
  }

  @Test
  void aChangedChecksumIsRefusedUntilRepaired(TestCassandra cassandra, CqlSession admin) throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "checksum")) {
      box.write("V1__create_orders.cql", V1);
      box.migrator().build().migrate();
      String changed = V1.replace("-- orders", "-- the orders table");
      box.write("V1__create_orders.cql", changed);
      box.write("V2__add_customer.cql", "ALTER TABLE ${keyspace}.orders ADD customer text;");

      box.recorder.clear();
      assertThatThrownBy(() -> box.migrator().build().migrate())
          .isInstanceOf(ChecksumMismatchException.class)
          .hasMessage("Applied migration was changed after they ran; nothing was executed:\n  - V1 create orders"
              + " (filesystem:" + box.dir + "/V1__create_orders.cql): applied with checksum "
              + CqlScripts.checksum(V1) + ", now " + CqlScripts.checksum(changed) + "\nRevert the change and put it"
              + " in a new migration, or, if it is intended (a comment, formatting, or a fix applied by hand), run"
              + " repair (Migrator.repair(), or coodie.migrations.repair=true at start-up once) to store the new"
              + " checksums.");
      assertThat(box.recorder.ddl()).isEmpty();
      assertThat(box.columns("orders")).doesNotContainKey("customer");
      assertThat(box.history()).containsOnlyKeys("1");
      assertThat(box.migrator().build().info()).extracting(i -> i.version() + " " + i.state())
          .containsExactly("1 CHECKSUM_MISMATCH", "2 PENDING");
      assertThatThrownBy(() -> box.migrator().build().validate()).isInstanceOf(ChecksumMismatchException.class);

      assertThat(box.migrator().build().repair()).containsExactly("V1 (filesystem:" + box.dir
          + "/V1__create_orders.cql): checksum " + CqlScripts.checksum(V1) + " -> " + CqlScripts.checksum(changed));
      assertThat(box.history().get("1").getInt("checksum")).isEqualTo(CqlScripts.checksum(changed));
      assertThat(box.migrator().build().repair()).isEmpty();

      assertThat(box.migrator().build().migrate()).extracting(a -> a.version().toString()).containsExactly("2");
      assertThat(box.columns("orders")).containsKey("customer");
      box.migrator().build().validate(); // passes: everything applied with its checksum
    }
  }

  @Test
  void aFailedMigrationIsRecordedStopsTheRunAndIsRetriedAfterTheFix(TestCassandra cassandra, CqlSession admin)
      throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "failure")) {
      box.write("V1__create_orders.cql", V1);
      String broken = "ALTER TABLE ${keyspace}.orders ADD customer text;\nALTER TABLE ${keyspace}.nothing ADD x int;";
      box.write("V2__customer.cql", broken);
      box.write("V3__status.cql", "ALTER TABLE ${keyspace}.orders ADD status text;");

      assertThatThrownBy(() -> box.migrator().build().migrate())
          .isInstanceOf(MigrationFailedException.class)
          .hasMessageStartingWith("Migration V2 (filesystem:" + box.dir + "/V2__customer.cql) of keyspace "
              + box.keyspace + " failed and was recorded as failed in " + box.keyspace + ".coodie_schema_history;"
              + " later migrations were not applied. statement 2 of 2 failed: ALTER TABLE " + box.keyspace
              + ".nothing ADD x int: ")
          .hasMessageEndingWith("Fix it and run again: a failed migration is retried, whole, by the next run.")
          .satisfies(e -> assertThat(((MigrationFailedException) e).version()).hasToString("2"));

      Map<String, Row> history = box.history();
      assertThat(history).containsOnlyKeys("1", "2");
      assertThat(history.get("1").getBoolean("success")).isTrue();
      assertThat(history.get("2").getBoolean("success")).isFalse();
      assertThat(history.get("2").getInt("checksum")).isEqualTo(CqlScripts.checksum(broken));
      assertThat(history.get("2").getString("error")).startsWith("statement 2 of 2 failed: ALTER TABLE "
          + box.keyspace + ".nothing ADD x int: ");
      assertThat(box.columns("orders")).as("the first statement of V2 stays applied, V3 did not run")
          .containsOnlyKeys("id", "total", "customer");
      assertThat(box.migrator().build().info()).extracting(i -> i.version() + " " + i.state())
          .containsExactly("1 APPLIED", "2 FAILED", "3 PENDING");

      // the fix: the first statement is repeatable, the second targets the right table
      String fixed = "ALTER TABLE ${keyspace}.orders ADD IF NOT EXISTS customer text;\n"
          + "ALTER TABLE ${keyspace}.orders ADD IF NOT EXISTS region text;";
      box.write("V2__customer.cql", fixed);
      assertThat(box.migrator().build().dryRun().pending()).extracting(p -> p.version() + " " + p.retry())
          .containsExactly("2 true", "3 false");
      assertThat(box.migrator().build().migrate()).extracting(a -> a.version().toString()).containsExactly("2", "3");
      history = box.history();
      assertThat(history.get("2").getBoolean("success")).isTrue();
      assertThat(history.get("2").isNull("error")).isTrue();
      assertThat(history.get("2").getInt("checksum")).isEqualTo(CqlScripts.checksum(fixed));
      assertThat(box.columns("orders")).containsOnlyKeys("id", "total", "customer", "region", "status");
    }
  }

  @Test
  void aDryRunListsThePendingStatementsAndSendsNoDdl(TestCassandra cassandra, CqlSession admin) throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "dryrun")) {
      box.write("V1__create_orders.cql", V1);
      box.write("V1_1__add_note.cql", V1_1);

      box.recorder.clear();
      MigrationPlan plan = box.migrator().build().dryRun();

      assertThat(box.recorder.changes()).as("nothing but reads").isEmpty();
      assertThat(box.tables()).as("not even the history table").isEmpty();
      assertThat(plan.pending()).extracting(p -> p.version() + " " + p.description() + " " + p.statements())
          .containsExactly("1 create orders [CREATE TABLE IF NOT EXISTS " + box.keyspace
                  + ".orders (id int PRIMARY KEY, total decimal)]",
              "1.1 add note [ALTER TABLE " + box.keyspace + ".orders ADD note text, INSERT INTO " + box.keyspace
                  + ".orders (id, total, note) VALUES (1, 9.5, 'a; note -- with ''quotes''')]");
      assertThat(plan.toString()).startsWith("2 pending migration(s) in keyspace " + box.keyspace + ":\n  V1 create"
          + " orders (filesystem:" + box.dir + "/V1__create_orders.cql)\n    CREATE TABLE IF NOT EXISTS "
          + box.keyspace + ".orders (id int PRIMARY KEY, total decimal);");

      box.migrator().target("1").build().migrate();
      assertThat(box.history()).containsOnlyKeys("1");
      box.recorder.clear();
      assertThat(box.migrator().build().dryRun().pending()).extracting(p -> p.version().toString())
          .containsExactly("1.1");
      assertThat(box.recorder.changes()).isEmpty();
      assertThat(box.columns("orders")).doesNotContainKey("note");
    }
  }

  @Test
  void aBaselineSkipsOlderMigrationsAndOutOfOrderOnesAreRefused(TestCassandra cassandra, CqlSession admin)
      throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "baseline")) {
      admin.execute("CREATE TABLE " + box.keyspace + ".orders (id int PRIMARY KEY, total decimal)");
      box.write("V1__create_orders.cql", V1.replace("IF NOT EXISTS ", ""));
      box.write("V2__add_customer.cql", "ALTER TABLE ${keyspace}.orders ADD customer text;");
      box.migrator().build().baseline("1", "existing schema");
      assertThat(box.migrator().build().migrate()).extracting(a -> a.version().toString()).containsExactly("2");
      assertThat(box.migrator().build().info()).extracting(i -> i.version() + " " + i.state())
          .containsExactly("1 BASELINE", "2 APPLIED"); // V1 (no IF NOT EXISTS) would have failed
      assertThat(box.history().get("1").getString("type")).isEqualTo("BASELINE");

      box.write("V1_5__late.cql", "ALTER TABLE ${keyspace}.orders ADD late text;");
      assertThatThrownBy(() -> box.migrator().build().migrate())
          .hasMessage("Pending migration(s) [V1.5 (filesystem:" + box.dir + "/V1_5__late.cql)] are older than"
              + " version 2, already applied to keyspace " + box.keyspace + "; nothing was executed. Give them"
              + " versions above 2.");
      assertThat(box.columns("orders")).doesNotContainKey("late");
    }
  }
}
