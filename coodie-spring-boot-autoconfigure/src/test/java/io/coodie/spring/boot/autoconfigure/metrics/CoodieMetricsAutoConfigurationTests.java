package io.coodie.spring.boot.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.metrics.MicrometerOperationListener;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.metrics.OperationListener;
import io.coodie.spring.boot.autoconfigure.CoodieMapperAutoConfiguration;
import io.coodie.test.support.OfflineSession;
import io.coodie.spring.boot.autoconfigure.CoodieRepositoriesAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.testdomain.Product;
import io.coodie.spring.boot.autoconfigure.testdomain.TokenRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.data.autoconfigure.metrics.DataRepositoryMetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Conditions of coodie's Micrometer timers, on an offline session: an operation there fails, which is enough to see
 * that the {@code Coodie} bean reports it. Timers of successful operations are asserted against a real node in
 * {@code OperationMetricsIT} (coodie-core) and {@code CoodieMetricsIT}.
 */
class CoodieMetricsAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CoodieMetricsAutoConfiguration.class,
          CoodieMapperAutoConfiguration.class))
      .withBean(CqlSession.class, OfflineSession::create);

  private static double failedGets(AssertableApplicationContext context) {
    assertThatThrownBy(() -> context.getBean(Coodie.class).entity(Product.class).get("sku-1"))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("offline CqlSession");
    return context.getBean(MeterRegistry.class).get(MicrometerOperationListener.METRIC_NAME)
        .tags("entity", "Product", "operation", "get", "outcome", "error", "exception", "IllegalStateException")
        .timer().count();
  }

  @Test
  void timesEveryOperationOfTheCoodieBeanInTheRegistry() {
    this.runner.withBean(SimpleMeterRegistry.class).run((context) -> {
      assertThat(context).hasNotFailed().hasSingleBean(MicrometerOperationListener.class);
      assertThat(failedGets(context)).isEqualTo(1.0);
    });
  }

  @Test
  void usesTheRegistryOfSpringBootsMetricsAutoConfiguration() {
    this.runner.withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
        SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class))
        .run((context) -> {
          assertThat(context).hasNotFailed().hasSingleBean(MicrometerOperationListener.class);
          assertThat(failedGets(context)).isEqualTo(1.0);
        });
  }

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Product.class)
  static class DomainPackage {
  }

  @Test
  void springBootsRepositoryInvocationTimerAlsoTimesCoodieRepositories() {
    this.runner.withUserConfiguration(DomainPackage.class)
        .withConfiguration(AutoConfigurations.of(MetricsAutoConfiguration.class,
            SimpleMetricsExportAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class,
            CoodieRepositoriesAutoConfiguration.class, DataRepositoryMetricsAutoConfiguration.class))
        .run((context) -> {
          assertThat(context).hasNotFailed();
          assertThatThrownBy(() -> context.getBean(TokenRepository.class).findById("t-1"))
              .isInstanceOf(IllegalStateException.class);
          MeterRegistry registry = context.getBean(MeterRegistry.class);
          assertThat(registry.get("spring.data.repository.invocations").tags("repository", "TokenRepository",
              "method", "findById", "state", "ERROR").timer().count()).isEqualTo(1);
          assertThat(registry.get(MicrometerOperationListener.METRIC_NAME).tags("entity", "Token", "operation",
              "get", "outcome", "error").timer().count()).isEqualTo(1);
        });
  }

  @Test
  void absentWithoutAMeterRegistry() {
    this.runner.run((context) -> assertThat(context).hasNotFailed()
        .doesNotHaveBean(MicrometerOperationListener.class).hasSingleBean(Coodie.class));
  }

  @Test
  void absentWithoutMicrometer() {
    this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class)).run((context) ->
        assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerOperationListener.class)
            .hasSingleBean(Coodie.class));
  }

  @Test
  void canBeDisabled() {
    this.runner.withBean(SimpleMeterRegistry.class).withPropertyValues("coodie.metrics.enabled=false")
        .run((context) -> {
          assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerOperationListener.class);
          assertThatThrownBy(() -> context.getBean(Coodie.class).entity(Product.class).get("sku-1"))
              .isInstanceOf(IllegalStateException.class);
          assertThat(context.getBean(MeterRegistry.class).find(MicrometerOperationListener.METRIC_NAME).timers())
              .isEmpty();
        });
  }

  @Test
  void backsOffFromTheApplicationsOwnListener() {
    SimpleMeterRegistry own = new SimpleMeterRegistry();
    this.runner.withBean(SimpleMeterRegistry.class)
        .withBean("myListener", MicrometerOperationListener.class, () -> new MicrometerOperationListener(own))
        .run((context) -> {
          assertThat(context).hasNotFailed().hasSingleBean(MicrometerOperationListener.class).hasBean("myListener");
          assertThatThrownBy(() -> context.getBean(Coodie.class).entity(Product.class).get("sku-1"))
              .isInstanceOf(IllegalStateException.class);
          assertThat(own.get(MicrometerOperationListener.METRIC_NAME).timer().count()).isEqualTo(1);
        });
  }

  @Test
  void everyOperationListenerBeanIsTold() {
    List<Operation> told = new ArrayList<>();
    this.runner.withBean(SimpleMeterRegistry.class)
        .withBean("auditListener", OperationListener.class,
            () -> (type, operation, outcome, failure, nanos) -> told.add(operation))
        .run((context) -> {
          assertThat(failedGets(context)).isEqualTo(1.0);
          assertThat(told).containsExactly(Operation.GET);
        });
  }
}
