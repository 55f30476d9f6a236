package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.ReplicationStrategy;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.SchemaAction;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
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
      assertThat(properties.contactPoints()).isEmpty();
      assertThat(properties.port()).isEqualTo(9042);
      assertThat(properties.localDatacenter()).isNull();
      assertThat(properties.username()).isNull();
      assertThat(properties.password()).isNull();
      assertThat(properties.keyspace().name()).isNull();
      assertThat(properties.keyspace().create()).isFalse();
      assertThat(properties.keyspace().durableWrites()).isTrue();
      assertThat(properties.keyspace().replication().strategy()).isEqualTo(ReplicationStrategy.SIMPLE);
      assertThat(properties.keyspace().replication().factor()).isEqualTo(1);
      assertThat(properties.keyspace().replication().datacenters()).isEmpty();
      assertThat(properties.ssl().enabled()).isFalse();
      assertThat(properties.ssl().bundle()).isNull();
      assertThat(properties.ssl().hostnameValidation()).isTrue();
      assertThat(properties.request()).isEqualTo(new CoodieProperties.Request(null, null, null, null));
      assertThat(properties.driver()).isEmpty();
      assertThat(properties.schema().action()).isEqualTo(SchemaAction.NONE);
      assertThat(properties.schema().dryRun()).isFalse();
      assertThat(properties.schema().basePackages()).isEmpty();
    });
  }

  @Test
  void bindsEveryProperty() {
    this.runner.withPropertyValues("coodie.contact-points=a:9043,b", "coodie.port=9044",
        "coodie.local-datacenter=dc1", "coodie.username=app", "coodie.password=secret",
        "coodie.keyspace.name=shop", "coodie.keyspace.create=true", "coodie.keyspace.durable-writes=false",
        "coodie.keyspace.replication.strategy=network-topology", "coodie.keyspace.replication.factor=2",
        "coodie.keyspace.replication.datacenters.dc1=3", "coodie.keyspace.replication.datacenters[DC2]=2",
        "coodie.ssl.enabled=true", "coodie.ssl.bundle=cassandra", "coodie.request.timeout=5s",
        "coodie.request.consistency=local_quorum", "coodie.request.serial-consistency=LOCAL_SERIAL",
        "coodie.request.page-size=100", "coodie.driver.advanced.metadata.schema.debouncer.window=1ms",
        "coodie.driver.advanced.metrics.session.enabled[0]=bytes-sent", "coodie.ssl.hostname-validation=false",
        "coodie.schema.action=recreate", "coodie.schema.dry-run=true", "coodie.schema.base-packages=com.a,com.b")
        .run((context) -> {
          CoodieProperties properties = context.getBean(CoodieProperties.class);
          assertThat(properties.contactPoints()).containsExactly("a:9043", "b");
          assertThat(properties.port()).isEqualTo(9044);
          assertThat(properties.localDatacenter()).isEqualTo("dc1");
          assertThat(properties.username()).isEqualTo("app");
          assertThat(properties.password()).isEqualTo("secret");
          assertThat(properties.keyspace().name()).isEqualTo("shop");
          assertThat(properties.keyspace().create()).isTrue();
          assertThat(properties.keyspace().durableWrites()).isFalse();
          assertThat(properties.keyspace().replication().strategy()).isEqualTo(ReplicationStrategy.NETWORK_TOPOLOGY);
          assertThat(properties.keyspace().replication().factor()).isEqualTo(2);
          assertThat(properties.keyspace().replication().datacenters()).containsExactly(entry("dc1", 3),
              entry("DC2", 2));
          assertThat(properties.ssl().enabled()).isTrue();
          assertThat(properties.ssl().bundle()).isEqualTo("cassandra");
          assertThat(properties.ssl().hostnameValidation()).isFalse();
          assertThat(properties.request().timeout()).isEqualTo(Duration.ofSeconds(5));
          assertThat(properties.request().consistency()).isEqualTo(DefaultConsistencyLevel.LOCAL_QUORUM);
          assertThat(properties.request().serialConsistency()).isEqualTo(DefaultConsistencyLevel.LOCAL_SERIAL);
          assertThat(properties.request().pageSize()).isEqualTo(100);
          assertThat(properties.driver()).containsOnly(entry("advanced.metadata.schema.debouncer.window", "1ms"),
              entry("advanced.metrics.session.enabled.0", "bytes-sent"));
          assertThat(properties.schema().action()).isEqualTo(SchemaAction.RECREATE);
          assertThat(properties.schema().dryRun()).isTrue();
          assertThat(properties.schema().basePackages()).containsExactly("com.a", "com.b");
        });
  }

  @Test
  void toStringMasksThePassword() {
    this.runner.withPropertyValues("coodie.username=app", "coodie.password=s3cr3t").run((context) -> {
      String text = context.getBean(CoodieProperties.class).toString();
      assertThat(text).contains("username=app").contains("password=******").doesNotContain("s3cr3t");
    });
  }

  @Test
  void toStringMasksEveryDriverSettingNamingASecret() {
    this.runner.withPropertyValues("coodie.driver.advanced.auth-provider.password=pw-auth-1",
        "coodie.driver.advanced.ssl-engine-factory.keystore-password=pw-keystore-2",
        "coodie.driver.advanced.ssl-engine-factory.truststore-password=pw-truststore-3",
        "coodie.driver.advanced.auth-provider.secret=pw-secret-4", "coodie.driver.cloud.Token=pw-token-5",
        "coodie.driver.advanced.auth-provider.CREDENTIALS=pw-credentials-6",
        "coodie.driver.profiles.p.advanced.auth-provider.password=pw-profile-7",
        "coodie.driver.advanced.auth-provider.username=app-user",
        "coodie.driver.advanced.ssl-engine-factory.keystore-path=/etc/keystore.p12",
        "coodie.driver.basic.request.timeout=7s").run((context) -> {
          String text = context.getBean(CoodieProperties.class).toString();
          assertThat(text).doesNotContain("pw-");
          assertThat(text).contains("advanced.auth-provider.password=******",
              "advanced.ssl-engine-factory.keystore-password=******",
              "advanced.ssl-engine-factory.truststore-password=******", "advanced.auth-provider.secret=******",
              "cloud.Token=******", "advanced.auth-provider.CREDENTIALS=******",
              "profiles.p.advanced.auth-provider.password=******");
          assertThat(text).contains("advanced.auth-provider.username=app-user",
              "advanced.ssl-engine-factory.keystore-path=/etc/keystore.p12", "basic.request.timeout=7s");
          // the settings themselves are intact
          assertThat(context.getBean(CoodieProperties.class).driver())
              .containsEntry("advanced.auth-provider.password", "pw-auth-1");
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
        Arguments.of("coodie.keyspace.create=true",
            "coodie.keyspace.create=true needs coodie.keyspace.name"),
        Arguments.of("coodie.keyspace.name=shop coodie.keyspace.replication.strategy=network-topology",
            "coodie.keyspace.replication.strategy=network-topology needs coodie.keyspace.replication.datacenters"),
        Arguments.of("coodie.keyspace.replication.datacenters.dc1=3",
            "coodie.keyspace.replication.datacenters applies to the network-topology strategy only"),
        Arguments.of("coodie.keyspace.replication.strategy=network-topology"
            + " coodie.keyspace.replication.datacenters.dc1=-1",
            "coodie.keyspace.replication.datacenters.dc1 must be 0 or more"),
        Arguments.of("coodie.keyspace.replication.factor=0", "coodie.keyspace.replication.factor must be at least 1"),
        Arguments.of("coodie.keyspace.name=my-shop", "coodie.keyspace.name 'my-shop' is not a keyspace name"),
        Arguments.of("coodie.password=secret", "coodie.password is set but coodie.username is not"),
        Arguments.of("coodie.username=app", "coodie.username is set but coodie.password is not"),
        Arguments.of("coodie.port=0", "coodie.port must be between 1 and 65535"),
        Arguments.of("coodie.contact-points=a,b:x", "coodie.contact-points[1] 'b:x' is not host, host:port"),
        Arguments.of("coodie.request.serial-consistency=QUORUM",
            "coodie.request.serial-consistency must be SERIAL or LOCAL_SERIAL, not QUORUM"),
        Arguments.of("coodie.request.page-size=0", "coodie.request.page-size must be at least 1"),
        Arguments.of("coodie.request.timeout=0s", "coodie.request.timeout must be positive"),
        Arguments.of("coodie.driver[basic..x]=1", "coodie.driver.basic..x is not a driver setting path"),
        Arguments.of("coodie.ssl.enabled=true coodie.driver.advanced.ssl-engine-factory.hostname-validation=true",
            "coodie.driver.advanced.ssl-engine-factory.hostname-validation has no effect with coodie.ssl.enabled=true:"
                + " coodie then builds the SSL engine from coodie.ssl.* and the SSL bundle."
                + " Use coodie.ssl.hostname-validation instead."),
        Arguments.of("coodie.ssl.enabled=true coodie.driver.advanced.ssl-engine-factory.cipher-suites[0]=TLS_A",
            "coodie.driver.advanced.ssl-engine-factory.cipher-suites.0 has no effect with coodie.ssl.enabled=true"));
  }
}
