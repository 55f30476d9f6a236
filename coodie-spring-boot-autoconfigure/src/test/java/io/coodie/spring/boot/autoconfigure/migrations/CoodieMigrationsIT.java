package io.coodie.spring.boot.autoconfigure.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.schema.SchemaValidationException;
import io.coodie.migrations.ChecksumMismatchException;
import io.coodie.migrations.MigrationState;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.CoodieMapperAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.it.CassandraProperties;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaSynchronizer;
import io.coodie.spring.boot.autoconfigure.schema.itdomain.Note;
import io.coodie.test.spring.EmbeddedCassandraConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Start-up against the embedded node: the migrations create the table, then {@code coodie.schema.action=validate}
 * checks it against the entity (so the migrations ran first), a re-start applies nothing, a changed migration stops
 * start-up with the checksum error, and a dry run changes nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class CoodieMigrationsIT {

  private static final AtomicInteger KEYSPACES = new AtomicInteger();

  private final String keyspace = "coodie_migrations_it_" + KEYSPACES.incrementAndGet();

  @TempDir Path dir;

  private ApplicationContextRunner runner(String... properties) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class,
            CoodieMapperAutoConfiguration.class, CoodieSchemaAutoConfiguration.class,
            CoodieMigrationsAutoConfiguration.class))
        .withUserConfiguration(EmbeddedCassandraConfiguration.class)
        .withPropertyValues(CassandraProperties.pairs(this.keyspace, "validate"))
        .withPropertyValues("coodie.schema.base-packages=" + Note.class.getPackageName(),
            "coodie.migrations.locations=filesystem:" + this.dir, "coodie.migrations.lease-ttl=5s")
        .withPropertyValues(properties);
  }

  @Test
  void migratesAtStartUpBeforeTheSchemaIsValidated(CapturedOutput output) throws Exception {
    Files.writeString(this.dir.resolve("V1__create_notes.cql"),
        Files.readString(Path.of("src/test/resources/db/migrations-it/V1__create_notes.cql")));
    this.runner("coodie.migrations.dry-run=true").run((context) -> {
      // nothing migrated, so validate finds the table missing
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(SchemaValidationException.class)
          .hasMessageContaining("notes");
    });
    assertThat(output).contains("coodie.migrations.dry-run: nothing was executed. 1 pending migration(s) in"
        + " keyspace " + this.keyspace + ":\n  V1 create notes (filesystem:" + this.dir + "/V1__create_notes.cql)\n"
        + "    CREATE TABLE IF NOT EXISTS " + this.keyspace + ".notes (id text PRIMARY KEY, text text);");
    this.runner().run((context) -> {
      assertThat(context).hasNotFailed();
      CoodieMigrationsRunner migrations = context.getBean(CoodieMigrationsRunner.class);
      assertThat(migrations.applied()).extracting((a) -> a.version() + " " + a.description())
          .containsExactly("1 create notes");
      assertThat(context.getBean(CoodieSchemaSynchronizer.class).plan().differences()).isEmpty();
      Coodie coodie = context.getBean(Coodie.class);
      coodie.entity(Note.class).insert(new Note("n1", "migrated"));
      assertThat(coodie.entity(Note.class).get("n1")).contains(new Note("n1", "migrated"));
      CqlSession session = context.getBean(CqlSession.class);
      Row row = session.execute("SELECT version, type, success FROM " + this.keyspace + ".coodie_schema_history")
          .one();
      assertThat(row.getString(0)).isEqualTo("1");
      assertThat(row.getString(1)).isEqualTo("CQL");
      assertThat(row.getBoolean(2)).isTrue();
    });
    assertThat(output).contains("Applied 1 migration(s) to keyspace " + this.keyspace + ", now at version 1");

    this.runner().run((context) -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CoodieMigrationsRunner.class).applied()).isEmpty();
      assertThat(context.getBean(CoodieMigrationsRunner.class).info()).extracting((i) -> i.state())
          .containsExactly(MigrationState.APPLIED);
    });

    Files.writeString(this.dir.resolve("V1__create_notes.cql"), "-- edited\n"
        + Files.readString(this.dir.resolve("V1__create_notes.cql")));
    Files.writeString(this.dir.resolve("V2__add_tags.cql"), "ALTER TABLE ${keyspace}.notes ADD tags set<text>;");
    this.runner().run((context) -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(ChecksumMismatchException.class)
          .hasMessageContaining("V1 create notes (filesystem:" + this.dir + "/V1__create_notes.cql): applied with"
              + " checksum");
      FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getAction()).contains("coodie.migrations.repair=true");
    });
    this.runner("coodie.migrations.repair=true").run((context) -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CoodieMigrationsRunner.class).applied()).extracting((a) -> a.version().toString())
          .containsExactly("2");
      List<String> columns = context.getBean(CqlSession.class).execute("SELECT column_name FROM"
          + " system_schema.columns WHERE keyspace_name = ? AND table_name = 'notes'", this.keyspace).all().stream()
          .map((r) -> r.getString(0)).sorted().toList();
      assertThat(columns).containsExactly("id", "tags", "text");
    });
  }
}
