package io.coodie.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.migrations.cli.Main;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against the embedded node: exit codes, listings, one-line failures. */
@CassandraTest
class MainIT {

  @TempDir Path root;

  @Table(name = "notes")
  public record Note(@PartitionKey String id, String text, String author) {}

  record Run(int code, String out, String err) {}

  @Test
  void migratesListsValidatesRepairsAndPlansFromTheCommandLine(TestCassandra cassandra, CqlSession admin)
      throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "cli")) {
      String contactPoints = cassandra.contactPoints().stream().map(a -> a.getHostString() + ":" + a.getPort())
          .collect(Collectors.joining(","));
      List<String> connection = List.of("--contact-points=" + contactPoints,
          "--local-datacenter=" + cassandra.localDatacenter(), "--keyspace=" + box.keyspace,
          "--locations=filesystem:" + box.dir);
      box.write("V1__create_notes.cql", "CREATE TABLE IF NOT EXISTS ${keyspace}.notes (id text PRIMARY KEY, text text);");
      box.write("V2__seed.cql", "INSERT INTO ${keyspace}.notes (id, text) VALUES ('a', 'first');");

      Run info = run(connection, "info");
      assertThat(info.code()).as(info.err()).isZero();
      assertThat(info.out()).containsPattern("1 +PENDING +create notes \\(filesystem:.*/V1__create_notes.cql\\)")
          .containsPattern("2 +PENDING +seed \\(filesystem:.*/V2__seed.cql\\)").contains("pending: 2");

      Run dry = run(connection, "migrate", "--dry-run");
      assertThat(dry.code()).isZero();
      assertThat(dry.out()).contains("Dry run", "2 pending migration(s) in keyspace " + box.keyspace,
          "CREATE TABLE IF NOT EXISTS " + box.keyspace + ".notes");
      assertThat(box.tables()).as("a dry run executes nothing").isEmpty();

      Run migrate = run(connection, "migrate");
      assertThat(migrate.code()).as(migrate.err()).isZero();
      assertThat(migrate.out()).containsPattern("Applied V1 create notes \\(filesystem:.*/V1__create_notes.cql\\) in \\d+ ms")
          .containsPattern("Applied V2 seed \\(.*V2__seed.cql\\) in ")
          .contains("Applied 2 migration(s) to keyspace " + box.keyspace + ", now at version 2");
      assertThat(box.history()).containsOnlyKeys("1", "2");
      assertThat(run(connection, "migrate").out()).contains("Keyspace " + box.keyspace + " is up to date");

      info = run(connection, "info");
      assertThat(info.code()).isZero();
      assertThat(info.out()).containsPattern("1 +APPLIED +create notes \\(filesystem:.*/V1__create_notes.cql\\) installed .* by ")
          .containsPattern("2 +APPLIED +seed").contains("applied: 2").doesNotContain("PENDING");
      assertThat(run(connection, "validate")).extracting(Run::code, Run::err).containsExactly(0, "");

      // an applied migration edited: validate fails with one line, info shows it, repair realigns
      box.write("V2__seed.cql", "-- seeds\nINSERT INTO ${keyspace}.notes (id, text) VALUES ('a', 'first');");
      Run invalid = run(connection, "validate");
      assertThat(invalid.code()).isEqualTo(Main.FAILED);
      assertThat(invalid.err()).startsWith("coodie-migrations: validate failed: ").contains("V2 seed")
          .containsIgnoringCase("checksum").doesNotContain("\n\n");
      assertThat(invalid.err().strip().lines()).hasSize(1);
      assertThat(run(connection, "migrate").code()).as("a run refuses").isEqualTo(Main.FAILED);
      assertThat(run(connection, "info").out()).containsPattern("2 +CHECKSUM_MISMATCH").contains("checksum mismatch: 1");
      Run repair = run(connection, "repair");
      assertThat(repair.code()).isZero();
      assertThat(repair.out()).containsPattern("Repaired V2 \\(.*V2__seed.cql\\): checksum -?\\d+ -> -?\\d+")
          .contains("Repaired 1 migration(s)");
      assertThat(run(connection, "validate").code()).isZero();

      // plan: generates the next migration from an entity's difference with the live schema
      List<String> plan = new ArrayList<>(connection);
      plan.addAll(List.of("plan", "--entities=" + Note.class.getName(), "--description=note author"));
      Run planned = run(plan);
      assertThat(planned.code()).as(planned.err()).isZero();
      assertThat(planned.out()).contains("is up to date: no pending migration", "Wrote ", "V3__note_author.cql");
      assertThat(CqlScripts.split(Files.readString(box.dir.resolve("V3__note_author.cql"))))
          .containsExactly("ALTER TABLE ${keyspace}.notes ADD author text");
      assertThat(run(connection, "validate").code()).as("V3 is pending").isEqualTo(Main.FAILED);
      assertThat(run(connection, "migrate").out()).contains("Applied V3 note author");
      assertThat(box.columns("notes")).containsKey("author");

      // a failing migration: exit 1, one line naming it, recorded as failed
      box.write("V4__broken.cql", "ALTER TABLE ${keyspace}.nowhere ADD x int;");
      Run failed = run(connection, "migrate");
      assertThat(failed.code()).isEqualTo(Main.FAILED);
      assertThat(failed.err()).startsWith("coodie-migrations: migrate failed: Migration V4 (")
          .contains("V4__broken.cql) of keyspace " + box.keyspace + " failed and was recorded as failed");
      assertThat(failed.err().strip().lines()).hasSize(1);
      assertThat(run(connection, "info").out()).containsPattern("4 +FAILED +broken").contains("failed: 1");

      // bad command line: exit 2; unreachable target version is fine (nothing above it)
      assertThat(run(connection, "migrate", "--target").code()).isEqualTo(Main.USAGE);
      assertThat(run(connection, "migrate", "--target=3").out()).contains("is up to date");
    }
  }

  private static Run run(List<String> connection, String... command) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(connection);
    return run(args);
  }

  private static Run run(List<String> args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args.toArray(String[]::new), Map.of(), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
