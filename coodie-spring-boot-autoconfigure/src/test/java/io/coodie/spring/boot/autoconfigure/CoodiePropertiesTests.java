package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.coodie.spring.boot.autoconfigure.CoodieProperties.ReplicationStrategy;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.SchemaAction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Binding, defaults and validation of {@code coodie.*}. */
class CoodiePropertiesTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CoodieAutoConfiguration.class));

  @Test
  void defaults() {
    this.runner.run((context) -> {
      CoodieProperties properties = context.getBean(CoodieProperties.class);
      assertThat(properties.keyspace().create()).isFalse();
      assertThat(properties.keyspace().durableWrites()).isTrue();
      assertThat(properties.keyspace().replication().strategy()).isEqualTo(ReplicationStrategy.SIMPLE);
      assertThat(properties.keyspace().replication().factor()).isEqualTo(1);
      assertThat(properties.keyspace().replication().datacenters()).isEmpty();
      assertThat(properties.schema().action()).isEqualTo(SchemaAction.NONE);
      assertThat(properties.schema().dryRun()).isFalse();
      assertThat(properties.schema().basePackages()).isEmpty();
      assertThat(properties.repositories().enabled()).isTrue();
      assertThat(properties.metrics().enabled()).isTrue();
    });
  }

  @Test
  void bindsEveryProperty() {
    this.runner.withPropertyValues("coodie.keyspace.create=true", "coodie.keyspace.durable-writes=false",
        "coodie.keyspace.replication.strategy=network-topology", "coodie.keyspace.replication.factor=2",
        "coodie.keyspace.replication.datacenters.dc1=3", "coodie.keyspace.replication.datacenters[DC2]=2",
        "coodie.schema.action=recreate", "coodie.schema.dry-run=true", "coodie.schema.base-packages=com.a,com.b",
        "coodie.repositories.enabled=false", "coodie.metrics.enabled=false").run((context) -> {
          CoodieProperties properties = context.getBean(CoodieProperties.class);
          assertThat(properties.keyspace().create()).isTrue();
          assertThat(properties.keyspace().durableWrites()).isFalse();
          assertThat(properties.keyspace().replication().strategy()).isEqualTo(ReplicationStrategy.NETWORK_TOPOLOGY);
          assertThat(properties.keyspace().replication().factor()).isEqualTo(2);
          assertThat(properties.keyspace().replication().datacenters()).containsExactly(entry("dc1", 3),
              entry("DC2", 2));
          assertThat(properties.schema().action()).isEqualTo(SchemaAction.RECREATE);
          assertThat(properties.schema().dryRun()).isTrue();
          assertThat(properties.schema().basePackages()).containsExactly("com.a", "com.b");
          assertThat(properties.repositories().enabled()).isFalse();
          assertThat(properties.metrics().enabled()).isFalse();
        });
  }

  @Test
  void basePackagesDefaultToTheAutoConfigurationPackages() {
    this.runner.withInitializer((context) -> AutoConfigurationPackages
        .register((BeanDefinitionRegistry) context.getBeanFactory(), "com.example.app")).run((context) -> {
          CoodieProperties.Schema schema = context.getBean(CoodieProperties.class).schema();
          assertThat(schema.resolveBasePackages(context.getBeanFactory())).containsExactly("com.example.app");
        });
    this.runner.withPropertyValues("coodie.schema.base-packages=com.other").run((context) -> assertThat(
        context.getBean(CoodieProperties.class).schema().resolveBasePackages(context.getBeanFactory()))
        .containsExactly("com.other"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void rejectsInvalidSettingsWithAClearMessage(String settings, String message) {
    this.runner.withPropertyValues(settings.split(" ")).run((context) -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(message);
    });
  }

  static Stream<Arguments> rejectsInvalidSettingsWithAClearMessage() {
    return Stream.of(
        Arguments.of("coodie.keyspace.replication.strategy=network-topology",
            "coodie.keyspace.replication.strategy=network-topology needs coodie.keyspace.replication.datacenters"),
        Arguments.of("coodie.keyspace.replication.datacenters.dc1=3",
            "coodie.keyspace.replication.datacenters applies to the network-topology strategy only"),
        Arguments.of("coodie.keyspace.replication.strategy=network-topology"
            + " coodie.keyspace.replication.datacenters.dc1=-1",
            "coodie.keyspace.replication.datacenters.dc1 must be 0 or more"),
        Arguments.of("coodie.keyspace.replication.factor=0", "coodie.keyspace.replication.factor must be at least 1"));
  }
}
