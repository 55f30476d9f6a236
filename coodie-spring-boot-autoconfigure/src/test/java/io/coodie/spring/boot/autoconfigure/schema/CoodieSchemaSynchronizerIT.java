package io.coodie.spring.boot.autoconfigure.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaValidationException;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.CoodieMapperAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.it.CassandraProperties;
import io.coodie.spring.boot.autoconfigure.schema.itdomain.Note;
import io.coodie.test.SharedCassandra;
import io.coodie.test.spring.EmbeddedCassandraConfiguration;
import io.coodie.test.TestDriverConfig;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.NestedExceptionUtils;

/** Schema synchronisation at start-up against the embedded node: dry run, validate, update. */
@ExtendWith(OutputCaptureExtension.class)
class CoodieSchemaSynchronizerIT {

  private static final AtomicInteger KEYSPACES = new AtomicInteger();

  private final String keyspace = "coodie_schema_it_" + KEYSPACES.incrementAndGet();

  private ApplicationContextRunner runner(String action) {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class,
            CoodieMapperAutoConfiguration.class, CoodieSchemaAutoConfiguration.class))
        .withUserConfiguration(EmbeddedCassandraConfiguration.class)
        .withPropertyValues(CassandraProperties.pairs(this.keyspace, action))
        .withPropertyValues("coodie.schema.base-packages=" + Note.class.getPackageName());
  }

  private static List<String> tables(CqlSession session, String keyspace) {
    return session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace).all()
        .stream().map((row) -> row.getString(0)).toList();
  }

  @Test
  void dryRunLogsThePlanAndExecutesNothing(CapturedOutput output) {
    runner("update").withPropertyValues("coodie.schema.dry-run=true").run((context) -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CoodieSchemaSynchronizer.class).plan().statements())
          .singleElement().asString().startsWith("CREATE TABLE IF NOT EXISTS " + this.keyspace + ".notes");
      assertThat(tables(context.getBean(CqlSession.class), this.keyspace)).isEmpty();
    });
    assertThat(output).contains("coodie.schema.dry-run", "would run 1 statement(s); nothing was executed",
        "CREATE TABLE IF NOT EXISTS " + this.keyspace + ".notes");
  }

  /** The additive part of a refused plan is shown (logged, and in the failure analysis) before start-up fails. */
  @Test
  void dryRunWithAnIncompatibleChangeShowsTheWholePlanThenRefuses(CapturedOutput output) {
    try (CqlSession admin = SharedCassandra.get().sessionBuilder().withConfigLoader(TestDriverConfig.builder()
        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0).build()).build()) {
      admin.execute("CREATE KEYSPACE " + this.keyspace
          + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      admin.execute("CREATE TABLE " + this.keyspace + ".notes (id int PRIMARY KEY)"); // id: int, not text
    }
    String additive = "ALTER TABLE " + this.keyspace + ".notes ADD text text";
    runner("update").withPropertyValues("coodie.schema.dry-run=true").run((context) -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(IncompatibleSchemaException.class)
          .hasMessageContaining("column id: the type is int in the database but text");
      IncompatibleSchemaException refused = (IncompatibleSchemaException) NestedExceptionUtils
          .getRootCause(context.getStartupFailure());
      assertThat(refused.plan().orElseThrow().statements()).containsExactly(additive);
      FailureAnalysis analysis = new CoodieSchemaFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).contains("The rest of the plan, not executed either:\n  " + additive);
    });
    assertThat(output).contains("coodie.schema.dry-run: coodie.schema.action=update on 1 entities is refused:"
        + " 1 incompatible change(s), listed in the start-up failure. With them it would run 1 statement(s);"
        + " nothing was executed.", "statements:\n    " + additive);
  }

  @Test
  void validateFailsStartUpWithTheDifferences() {
    runner("validate").run((context) -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().isInstanceOf(SchemaValidationException.class)
          .hasMessageContaining(this.keyspace + ".notes");
      FailureAnalysis analysis = new CoodieSchemaFailureAnalyzer().analyze(context.getStartupFailure());
      assertThat(analysis.getDescription()).contains("could not synchronise the schema", "notes");
    });
  }

  @Test
  void updateCreatesTheTablesAndValidateThenPasses() {
    runner("update").run((context) -> {
      assertThat(context).hasNotFailed();
      assertThat(tables(context.getBean(CqlSession.class), this.keyspace)).containsExactly("notes");
    });
    runner("validate").run((context) -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(CoodieSchemaSynchronizer.class).plan().differences()).isEmpty();
    });
  }
}
