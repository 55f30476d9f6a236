package io.coodie.spring.boot.autoconfigure.health;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverTimeoutException;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.test.support.OfflineSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Conditions of the {@code coodie} health indicator; its UP case runs against a real node in the IT. */
class CoodieHealthContributorAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class,
          CoodieHealthContributorAutoConfiguration.class));

  @Test
  void registersTheIndicatorWithoutConnecting() {
    this.runner.run((context) -> assertThat(context).hasNotFailed().hasSingleBean(CoodieHealthIndicator.class)
        .hasBean("coodieHealthIndicator"));
  }

  @Test
  void isNamedCoodieInTheHealthRegistry() {
    this.runner.withConfiguration(AutoConfigurations.of(HealthContributorRegistryAutoConfiguration.class))
        .run((context) -> assertThat(context.getBean(HealthContributorRegistry.class).getContributor("coodie"))
            .isInstanceOf(CoodieHealthIndicator.class));
  }

  @Test
  void canBeDisabled() {
    this.runner.withPropertyValues("management.health.coodie.enabled=false")
        .run((context) -> assertThat(context).doesNotHaveBean(CoodieHealthIndicator.class));
  }

  @Test
  void absentWithoutSpringBootsHealthModule() {
    this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
        .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CoodieHealthIndicator.class));
  }

  @Test
  void alsoReportsOnTheApplicationsOwnSession() {
    this.runner.withBean("mySession", CqlSession.class, CoodieHealthContributorAutoConfigurationTests::failing)
        .run((context) -> assertThat(context).hasSingleBean(CoodieHealthIndicator.class)
            .doesNotHaveBean("cassandraSession"));
  }

  @Test
  void downWithTheErrorWhenTheQueryFails() {
    Health health = new CoodieHealthIndicator(CoodieHealthContributorAutoConfigurationTests::failing).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat(health.getDetails().get("error")).asString().contains("no node answered");
  }

  private static CqlSession failing() {
    return OfflineSession.failing(new DriverTimeoutException("no node answered"));
  }
}
