package io.coodie.spring.boot.autoconfigure.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaValidationException;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.CoodieMapperAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.CoodieRepositoriesAutoConfiguration;
import io.coodie.test.support.OfflineSession;
import io.coodie.spring.boot.autoconfigure.testdomain.Product;
import io.coodie.spring.boot.autoconfigure.testdomain.ProductRepository;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** A schema failure stops start-up with the schema error, before any repository is created. */
class CoodieSchemaFailureTests {

  private final AtomicInteger scans = new AtomicInteger();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CoodieAutoConfiguration.class, CoodieMapperAutoConfiguration.class,
          CoodieRepositoriesAutoConfiguration.class, CoodieSchemaAutoConfiguration.class))
      .withBean(CqlSession.class, OfflineSession::create)
      .withUserConfiguration(DomainPackage.class);

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Product.class)
  static class DomainPackage {
  }

  @Test
  void noneNeitherScansNorConnects() {
    this.runner.withBean(CoodieSchemaSynchronizer.class, () -> new CoodieSchemaSynchronizer(() -> {
      throw new AssertionError("connected");
    }, SchemaAction.NONE, false, List.of(), () -> {
      this.scans.incrementAndGet();
      return Set.of();
    })).run((context) -> {
      assertThat(context).hasNotFailed().hasSingleBean(ProductRepository.class);
      assertThat(this.scans).hasValue(0);
    });
  }

  @Test
  void aSchemaErrorStopsStartUpBeforeRepositoriesAreCreated() {
    SchemaValidationException error = new SchemaValidationException(List.of("table ks.products is missing"));
    this.runner.withBean(CoodieSchemaSynchronizer.class, () -> new CoodieSchemaSynchronizer(
        OfflineSession::create, SchemaAction.VALIDATE, false, List.of("x"), () -> {
          throw error;
        })).run((context) -> {
          assertThat(context).hasFailed();
          Throwable failure = context.getStartupFailure();
          assertThat(failure).rootCause().isSameAs(error);
          // the first bean to fail is the synchronizer (or the Coodie that depends on it), never a repository
          assertThat(failure.getMessage()).doesNotContain("productRepository");
          FailureAnalysis analysis = new CoodieSchemaFailureAnalyzer().analyze(failure);
          assertThat(analysis.getDescription()).contains("could not synchronise the schema",
              "table ks.products is missing");
          assertThat(analysis.getAction()).contains("coodie.schema.action=update");
        });
  }

  @Test
  void analyzerSuggestsWhatToDoPerKindOfFailure() {
    FailureAnalysis incompatible = new CoodieSchemaFailureAnalyzer()
        .analyze(new IllegalStateException(new IncompatibleSchemaException(List.of("column x changed type"))));
    assertThat(incompatible.getDescription()).contains("column x changed type");
    assertThat(incompatible.getAction()).contains("migrate the data", "recreate");
  }

  @Test
  void theDefaultSynchronizerIsConfiguredFromTheProperties() {
    this.runner.withPropertyValues("coodie.schema.action=none", "coodie.schema.dry-run=true").run((context) -> {
      CoodieSchemaSynchronizer synchronizer = context.getBean(CoodieSchemaSynchronizer.class);
      assertThat(synchronizer.action()).isEqualTo(SchemaAction.NONE);
      assertThat(context.getBean(Coodie.class)).isNotNull();
    });
  }
}
