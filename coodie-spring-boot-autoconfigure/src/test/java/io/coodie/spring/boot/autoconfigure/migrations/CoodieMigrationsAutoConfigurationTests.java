package io.coodie.spring.boot.autoconfigure.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.migrations.ChecksumMismatchException;
import io.coodie.migrations.MigrationFailedException;
import io.coodie.migrations.MigrationVersion;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.CoodieMapperAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaAutoConfiguration;
import io.coodie.test.support.OfflineSession;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Conditions, ordering, defaults and failures of the migrations auto-configuration, without Cassandra. */
class CoodieMigrationsAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CoodieAutoConfiguration.class, CoodieMapperAutoConfiguration.class,
          CoodieSchemaAutoConfiguration.class, CoodieMigrationsAutoConfiguration.class))
      .withBean(CqlSession.class, OfflineSession::create);

  @Test
  void withoutMigrationsTheRunnerDoesNothingAndNeverTouchesTheSession() {
    // the offline session throws on any query: the context starting proves nothing was sent
    this.runner.withPropertyValues("coodie.migrations.locations=classpath:db/none").run((context) -> {
      assertThat(context).hasNotFailed().hasSingleBean(CoodieMigrationsRunner.class);
      assertThat(context.getBean(CoodieMigrationsRunner.class).applied()).isEmpty();
      assertThat(context.getBean(CoodieMigrationsRunner.class).plan()).isNull();
    });
  }

  @Test
  void runsBeforeTheSchemaSynchronizerAndEveryCoodieBean() {
    this.runner.withPropertyValues("coodie.migrations.locations=classpath:db/none").run((context) -> {
      ConfigurableListableBeanFactory factory = context.getBeanFactory();
      String coodie = factory.getBeanNamesForType(Coodie.class)[0];
      assertThat(factory.getBeanDefinition(coodie).getDependsOn()).contains("coodieMigrationsRunner");
      assertThat(factory.getBeanDefinition("coodieSchemaSynchronizer").getDependsOn())
          .contains("coodieMigrationsRunner");
    });
  }

  @Test
  void bindsTheDefaults() {
    this.runner.withPropertyValues("coodie.migrations.locations=classpath:db/none").run((context) -> {
      CoodieMigrationsProperties properties = context.getBean(CoodieMigrationsProperties.class);
      assertThat(properties.enabled()).isTrue();
      assertThat(properties.dryRun()).isFalse();
      assertThat(properties.repair()).isFalse();
      assertThat(properties.leaseTtl()).isEqualTo(Duration.ofSeconds(30));
      assertThat(properties.leaseWait()).isEqualTo(Duration.ofMinutes(2));
      assertThat(properties.historyTable()).isEqualTo("coodie_schema_history");
      assertThat(properties.target()).isNull();
    });
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoodieMigrationsAutoConfiguration.class))
        .withBean(CqlSession.class, OfflineSession::create)
        .run((context) -> assertThat(context.getBean(CoodieMigrationsProperties.class).locations())
            .containsExactly("classpath:db/cassandra"));
  }

  @Test
  void backsOffWhenDisabledOrWithoutASession() {
    this.runner.withPropertyValues("coodie.migrations.enabled=false")
        .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CoodieMigrationsRunner.class));
    new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CoodieMigrationsAutoConfiguration.class))
        .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CoodieMigrationsRunner.class));
  }

  @Test
  void refusesToStartWhenTheSchemaActionWouldAlsoChangeTheSchema() {
    this.runner.withPropertyValues("coodie.migrations.locations=classpath:db/migrations-it",
        "coodie.schema.action=update").run((context) -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          assertThat(failure).rootCause().isInstanceOf(SchemaActionConflictException.class)
              .hasMessage("coodie.migrations found 1 migration(s) in [classpath:db/migrations-it] and"
                  + " coodie.schema.action=update would change the schema too; start-up refused: one of them must"
                  + " own the schema.");
          FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(failure);
          assertThat(analysis.getDescription()).startsWith("coodie could not migrate the schema at start-up");
          assertThat(analysis.getAction()).startsWith("Set coodie.schema.action=validate");
        });
  }

  @Test
  void theFailureAnalyzerExplainsChecksumMismatchesAndFailedMigrations() {
    MigrationsFailureAnalyzer analyzer = new MigrationsFailureAnalyzer();
    FailureAnalysis mismatch = analyzer.analyze(new IllegalStateException("bean failed",
        new ChecksumMismatchException(List.of("V1 x (classpath:db/V1__x.cql): applied with checksum 1, now 2"))));
    assertThat(mismatch.getDescription()).contains("V1 x (classpath:db/V1__x.cql): applied with checksum 1, now 2");
    assertThat(mismatch.getAction()).contains("coodie.migrations.repair=true");
    FailureAnalysis failed = analyzer.analyze(new MigrationFailedException(MigrationVersion.parse("2"),
        "Migration V2 failed", new RuntimeException("boom")));
    assertThat(failed.getDescription()).endsWith("Migration V2 failed");
    assertThat(failed.getAction()).startsWith("Fix the failed migration").contains("it is retried, whole");
  }

  @Test
  void theAnalyzerIsRegisteredAndThePropertiesAreDescribed() throws IOException {
    String factories = read("META-INF/spring.factories", MigrationsFailureAnalyzer.class.getName());
    assertThat(factories).contains(MigrationsFailureAnalyzer.class.getName());
    String metadata = read("META-INF/spring-configuration-metadata.json", CoodieMigrationsProperties.class.getName());
    assertThat(metadata).containsPattern("\"name\": \"coodie.migrations.enabled\",[^}]*\"defaultValue\": true");
    assertThat(metadata).containsPattern("\"name\": \"coodie.migrations.lease-ttl\",[^}]*\"defaultValue\": \"30s\"");
    assertThat(metadata).contains("\"name\": \"coodie.migrations.dry-run\"",
        "\"name\": \"coodie.migrations.locations\"",
        "Whether to log the pending migrations and their statements instead of applying them.");
  }

  private static String read(String resource, String containing) throws IOException {
    for (URL url : Collections.list(CoodieMigrationsAutoConfigurationTests.class.getClassLoader()
        .getResources(resource))) {
      try (InputStream in = url.openStream()) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (text.contains(containing)) {
          return text;
        }
      }
    }
    throw new AssertionError("no " + resource + " mentions " + containing);
  }
}
