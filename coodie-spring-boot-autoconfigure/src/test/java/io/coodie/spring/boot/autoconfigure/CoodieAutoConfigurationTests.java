package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.session.ProgrammaticArguments;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import com.datastax.oss.driver.internal.core.metadata.DefaultEndPoint;
import io.coodie.spring.boot.autoconfigure.health.CoodieHealthContributorAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.health.CoodieHealthIndicator;
import io.coodie.test.support.OfflineSession;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CassandraConnectionDetails;
import org.springframework.boot.cassandra.autoconfigure.health.CassandraHealthContributorAutoConfiguration;
import org.springframework.boot.cassandra.health.CassandraDriverHealthIndicator;
import org.springframework.boot.data.cassandra.autoconfigure.DataCassandraAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.registry.HealthContributorRegistry;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.cassandra.core.CassandraTemplate;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * coodie on Spring Boot's Cassandra auto-configuration, without a Cassandra node: nothing here connects. The session,
 * its builder and driver configuration are Spring Boot's; coodie adds keyspace creation and checks.
 */
class CoodieAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class, CassandraAutoConfiguration.class,
          CoodieAutoConfiguration.class));

  private static DriverExecutionProfile config(AssertableApplicationContext context) {
    return context.getBean(DriverConfigLoader.class).getInitialConfig().getDefaultProfile();
  }

  @Test
  void theSessionIsSpringBootsAndDependsOnTheKeyspaceCreator() {
    this.runner.run((context) -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBeanNamesForType(CqlSession.class)).containsExactly("cassandraSession");
      assertThat(context.getBeanNamesForType(CqlSessionBuilder.class)).containsExactly("cassandraSessionBuilder");
      assertThat(context.getBeanFactory().getBeanDefinition("cassandraSession").isLazyInit()).isTrue();
      assertThat(context.getBeanFactory().getBeanDefinition("cassandraSession").getDependsOn())
          .containsExactly("coodieKeyspaceCreator");
      assertThat(context.getBeanFactory().getBeanDefinition("coodieKeyspaceCreator").isLazyInit()).isTrue();
      // Spring Boot's defaults
      assertThat(config(context).getStringList(DefaultDriverOption.CONTACT_POINTS))
          .containsExactly("127.0.0.1:9042");
      assertThat(config(context).getDuration(DefaultDriverOption.REQUEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(2));
    });
  }

  @Test
  void springCassandraPropertiesAreHonoured() {
    this.runner.withPropertyValues("spring.cassandra.contact-points=a:9043,b", "spring.cassandra.port=9044",
        "spring.cassandra.local-datacenter=dc1", "spring.cassandra.username=app", "spring.cassandra.password=secret",
        "spring.cassandra.keyspace-name=Shop", "spring.cassandra.request.timeout=5s",
        "spring.cassandra.request.consistency=local_quorum", "spring.cassandra.request.serial-consistency=local_serial",
        "spring.cassandra.request.page-size=100").run((context) -> {
          DriverExecutionProfile config = config(context);
          assertThat(config.getStringList(DefaultDriverOption.CONTACT_POINTS)).containsExactly("a:9043", "b:9044");
          assertThat(config.getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER)).isEqualTo("dc1");
          assertThat(config.getString(DefaultDriverOption.AUTH_PROVIDER_USER_NAME)).isEqualTo("app");
          assertThat(config.getString(DefaultDriverOption.AUTH_PROVIDER_PASSWORD)).isEqualTo("secret");
          assertThat(config.getDuration(DefaultDriverOption.REQUEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
          assertThat(config.getString(DefaultDriverOption.REQUEST_CONSISTENCY)).isEqualTo("LOCAL_QUORUM");
          assertThat(config.getString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY)).isEqualTo("LOCAL_SERIAL");
          assertThat(config.getInt(DefaultDriverOption.REQUEST_PAGE_SIZE)).isEqualTo(100);
          assertThat(TestSessions.keyspaceOf(context.getBean(CqlSessionBuilder.class)))
              .isEqualTo(CqlIdentifier.fromInternal("shop"));
        });
  }

  @Test
  void aConnectionDetailsBeanWinsOverTheProperties() {
    this.runner.withPropertyValues("spring.cassandra.contact-points=from-properties:9042",
        "spring.cassandra.local-datacenter=dc-properties")
        .withBean(CassandraConnectionDetails.class, () -> new CassandraConnectionDetails() {
          @Override
          public List<Node> getContactPoints() {
            return List.of(new Node("from-bean", 19042));
          }

          @Override
          public String getLocalDatacenter() {
            return "dc-bean";
          }
        }).run((context) -> {
          assertThat(config(context).getStringList(DefaultDriverOption.CONTACT_POINTS))
              .containsExactly("from-bean:19042");
          assertThat(config(context).getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER))
              .isEqualTo("dc-bean");
        });
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "coodie.contact-points=a:9042 | coodie.contact-points | spring.cassandra.contact-points",
      "coodie.contact-points[0]=a:9042 | coodie.contact-points[0] | spring.cassandra.contact-points",
      "coodie.port=9142 | coodie.port | spring.cassandra.port",
      "coodie.local-datacenter=dc1 | coodie.local-datacenter | spring.cassandra.local-datacenter",
      "coodie.username=app | coodie.username | spring.cassandra.username",
      "coodie.password=secret | coodie.password | spring.cassandra.password",
      "coodie.keyspace.name=shop | coodie.keyspace.name | spring.cassandra.keyspace-name",
      "coodie.ssl.enabled=true | coodie.ssl.enabled | spring.cassandra.ssl.enabled",
      "coodie.ssl.bundle=cassandra | coodie.ssl.bundle | spring.cassandra.ssl.bundle",
      "coodie.ssl.hostname-validation=false | coodie.ssl.hostname-validation | spring.cassandra.ssl.verify-hostname",
      "coodie.request.timeout=5s | coodie.request.timeout | spring.cassandra.request.timeout",
      "coodie.request.page-size=10 | coodie.request.page-size | spring.cassandra.request.page-size",
      "coodie.driver.basic.request.timeout=5s | coodie.driver.basic.request.timeout"
          + " | spring.cassandra.request.timeout",
      "coodie.driver.advanced.metadata.schema.debouncer.window=1ms"
          + " | coodie.driver.advanced.metadata.schema.debouncer.window | spring.cassandra.config" })
  void aRemovedKeyFailsStartUpNamingItsReplacement(String property, String key, String replacement) {
    this.runner.withPropertyValues(property).run((context) -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).isInstanceOf(RemovedCoodiePropertiesException.class)
          .hasMessageStartingWith("coodie no longer reads these keys; the connection is configured by Spring Boot"
              + " under spring.cassandra.*:\n  " + key + " (\"" + key.replaceAll("\\[0]$", "[0]")
              + "\" from property source \"test\") -> " + replacement);
      RemovedCoodiePropertiesException failure = (RemovedCoodiePropertiesException) context.getStartupFailure();
      assertThat(failure.uses()).extracting(RemovedCoodieProperties.Use::key).containsExactly(key);
    });
  }

  @Test
  void everyRemovedKeyIsNamedAtOnce() {
    this.runner.withPropertyValues("coodie.contact-points=a", "coodie.local-datacenter=dc1",
        "coodie.schema.action=update").run((context) -> assertThat(
            ((RemovedCoodiePropertiesException) context.getStartupFailure()).uses())
            .extracting(RemovedCoodieProperties.Use::key, RemovedCoodieProperties.Use::replacement)
            .containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("coodie.contact-points", "spring.cassandra.contact-points"),
                org.assertj.core.groups.Tuple.tuple("coodie.local-datacenter", "spring.cassandra.local-datacenter")));
  }

  @Test
  void keptCoodieKeysStartFine() {
    this.runner.withPropertyValues("coodie.keyspace.create=true", "spring.cassandra.keyspace-name=shop",
        "coodie.keyspace.replication.factor=3", "coodie.schema.action=update", "coodie.schema.dry-run=true",
        "coodie.repositories.enabled=false", "coodie.metrics.enabled=false").run((context) -> {
          assertThat(context).hasNotFailed();
          assertThat(CoodieKeyspaceInitializerTests.initializer(context).createKeyspaceStatement().getQuery())
              .isEqualTo("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'SimpleStrategy',"
                  + "'replication_factor':3} AND durable_writes=true");
        });
  }

  @Test
  void keyspaceCreationNeedsTheKeyspaceName() {
    this.runner.withPropertyValues("coodie.keyspace.create=true").run((context) -> {
      assertThat(context).hasNotFailed(); // lazy: it fails with the first session
      assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> context.getBean(CqlSession.class)))
          .rootCause().isInstanceOf(IllegalArgumentException.class)
          .hasMessage("coodie.keyspace.create=true needs spring.cassandra.keyspace-name: the name of the keyspace"
              + " to create (and to bind the session to)");
    });
  }

  @Test
  void noKeyspaceCreatorWhenTheApplicationDefinesASession() {
    this.runner.withBean("mySession", CqlSession.class, () -> OfflineSession.failing(new IllegalStateException("stub")))
        .withPropertyValues("spring.cassandra.keyspace-name=shop", "coodie.keyspace.create=true").run((context) -> {
          assertThat(context).hasNotFailed().hasSingleBean(CoodieProperties.class)
              .doesNotHaveBean(CoodieKeyspaceCreator.class);
          assertThat(context.getBeanNamesForType(CqlSession.class)).containsExactly("mySession");
          assertThat(context.getBeanFactory().getBeanDefinition("mySession").getDependsOn()).isNull();
        });
  }

  @Test
  void withSpringDataCassandraThereIsOneSessionAndOneHealthIndicator() {
    this.runner.withConfiguration(AutoConfigurations.of(DataCassandraAutoConfiguration.class,
        CoodieMapperAutoConfiguration.class, CoodieHealthContributorAutoConfiguration.class,
        CassandraHealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class))
        .withBean("cassandraSession", CqlSession.class, OfflineSession::create).run((context) -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBeanNamesForType(CqlSession.class)).containsExactly("cassandraSession");
          CqlSession session = context.getBean(CqlSession.class);
          assertThat(context.getBean(io.coodie.core.api.Coodie.class).session()).isSameAs(session);
          // Spring Data's template reaches the session through a lazy proxy: the same driver context behind it
          assertThat(context.getBean(CassandraTemplate.class).getCqlOperations()
              .execute((CqlSession s) -> s.getContext())).isSameAs(session.getContext());
          assertThat(context.getBeansOfType(HealthContributor.class)).containsOnlyKeys("coodieHealthIndicator");
          assertThat(context.getBean(HealthContributorRegistry.class).stream().map((entry) -> entry.name()))
              .containsExactly("coodie");
        });
  }

  @Test
  void withCoodiesHealthIndicatorOffSpringBootsReportsInstead() {
    this.runner.withConfiguration(AutoConfigurations.of(CoodieHealthContributorAutoConfiguration.class,
        CassandraHealthContributorAutoConfiguration.class))
        .withBean("cassandraSession", CqlSession.class, OfflineSession::create)
        .withPropertyValues("management.health.coodie.enabled=false").run((context) -> {
          assertThat(context).doesNotHaveBean(CoodieHealthIndicator.class);
          assertThat(context.getBeansOfType(HealthContributor.class)).containsOnlyKeys("cassandraHealthContributor");
          assertThat(context.getBean("cassandraHealthContributor")).isInstanceOf(CassandraDriverHealthIndicator.class);
        });
  }

  @Test
  void sslValidatesTheServerHostNameUnlessTurnedOff() {
    this.runner.withPropertyValues("spring.cassandra.ssl.enabled=true").run((context) -> assertThat(
        endpointIdentification(context.getBean(CqlSessionBuilder.class))).isEqualTo("HTTPS"));
    this.runner.withPropertyValues("spring.cassandra.ssl.enabled=true", "spring.cassandra.ssl.verify-hostname=false")
        .run((context) -> assertThat(endpointIdentification(context.getBean(CqlSessionBuilder.class))).isNull());
  }

  /** The endpoint identification algorithm of an SSL engine of the builder's SSL engine factory. */
  private static String endpointIdentification(CqlSessionBuilder builder) {
    ProgrammaticArguments.Builder arguments = (ProgrammaticArguments.Builder) ReflectionTestUtils.getField(builder,
        "programmaticArgumentsBuilder");
    SslEngineFactory factory = arguments.build().getSslEngineFactory();
    return factory.newSslEngine(new DefaultEndPoint(new InetSocketAddress("127.0.0.1", 9042)))
        .getSSLParameters().getEndpointIdentificationAlgorithm();
  }
}
