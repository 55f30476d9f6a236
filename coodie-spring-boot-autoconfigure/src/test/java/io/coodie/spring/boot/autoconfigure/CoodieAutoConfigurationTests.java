package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.session.ProgrammaticArguments;
import com.datastax.oss.driver.api.core.ssl.SslEngineFactory;
import com.datastax.oss.driver.internal.core.metadata.DefaultEndPoint;
import io.coodie.test.support.OfflineSession;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CqlSessionBuilderCustomizer;
import org.springframework.boot.cassandra.autoconfigure.DriverConfigLoaderBuilderCustomizer;
import org.springframework.boot.ssl.DefaultSslBundleRegistry;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;

/** The beans of {@link CoodieAutoConfiguration}, without a Cassandra node: nothing here connects. */
class CoodieAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CoodieAutoConfiguration.class));

  private static DriverExecutionProfile config(AssertableApplicationContext context) {
    return context.getBean(DriverConfigLoader.class).getInitialConfig().getDefaultProfile();
  }

  @Test
  void definesTheLoaderBuilderAndALazySessionThatIsNotConnectedAtStartUp() {
    this.runner.run((context) -> {
      assertThat(context).hasNotFailed().hasSingleBean(CoodieProperties.class)
          .hasBean("coodieDriverConfigLoader").doesNotHaveBean(CoodieKeyspaceInitializer.class);
      assertThat(context.getBeanNamesForType(CqlSession.class)).containsExactly("coodieSession");
      assertThat(context.getBeanNamesForType(CqlSessionBuilder.class)).containsExactly("coodieSessionBuilder");
      assertThat(context.getBeanFactory().getBeanDefinition("coodieSession").isLazyInit()).isTrue();
      assertThat(TestSessions.keyspaceOf(context.getBean(CqlSessionBuilder.class))).isNull();
      // nothing set: the driver's defaults
      assertThat(config(context).getStringList(DefaultDriverOption.CONTACT_POINTS, List.of())).isEmpty();
      assertThat(config(context).getDuration(DefaultDriverOption.REQUEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(2));
      assertThat(config(context).isDefined(DefaultDriverOption.AUTH_PROVIDER_CLASS)).isFalse();
    });
  }

  @Test
  void everyDriverPropertyReachesTheDriverConfig() {
    this.runner.withPropertyValues("coodie.contact-points=a:9043,b,[::1]:9045", "coodie.port=9044",
        "coodie.local-datacenter=dc1", "coodie.username=app", "coodie.password=secret",
        "coodie.request.timeout=5s", "coodie.request.consistency=local_quorum",
        "coodie.request.serial-consistency=local_serial", "coodie.request.page-size=100",
        "coodie.driver.advanced.metadata.schema.debouncer.window=1ms",
        "coodie.driver.basic.request.default-idempotence=true",
        "coodie.driver.advanced.connection.pool.local.size=3",
        "coodie.driver.advanced.ssl-engine-factory.cipher-suites[0]=TLS_A",
        "coodie.driver.advanced.ssl-engine-factory.cipher-suites[1]=TLS_B",
        "coodie.driver.profiles.slow.basic.request.timeout=30s").run((context) -> {
          DriverExecutionProfile config = config(context);
          assertThat(config.getStringList(DefaultDriverOption.CONTACT_POINTS))
              .containsExactly("a:9043", "b:9044", "::1:9045");
          assertThat(config.getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER)).isEqualTo("dc1");
          assertThat(config.getString(DefaultDriverOption.AUTH_PROVIDER_CLASS)).isEqualTo("PlainTextAuthProvider");
          assertThat(config.getString(DefaultDriverOption.AUTH_PROVIDER_USER_NAME)).isEqualTo("app");
          assertThat(config.getString(DefaultDriverOption.AUTH_PROVIDER_PASSWORD)).isEqualTo("secret");
          assertThat(config.getDuration(DefaultDriverOption.REQUEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(5));
          assertThat(config.getString(DefaultDriverOption.REQUEST_CONSISTENCY)).isEqualTo("LOCAL_QUORUM");
          assertThat(config.getString(DefaultDriverOption.REQUEST_SERIAL_CONSISTENCY)).isEqualTo("LOCAL_SERIAL");
          assertThat(config.getInt(DefaultDriverOption.REQUEST_PAGE_SIZE)).isEqualTo(100);
          assertThat(config.getDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW)).isEqualTo(Duration.ofMillis(1));
          assertThat(config.getBoolean(DefaultDriverOption.REQUEST_DEFAULT_IDEMPOTENCE)).isTrue();
          assertThat(config.getInt(DefaultDriverOption.CONNECTION_POOL_LOCAL_SIZE)).isEqualTo(3);
          assertThat(config.getStringList(DefaultDriverOption.SSL_CIPHER_SUITES)).containsExactly("TLS_A", "TLS_B");
          assertThat(context.getBean(DriverConfigLoader.class).getInitialConfig().getProfile("slow")
              .getDuration(DefaultDriverOption.REQUEST_TIMEOUT)).isEqualTo(Duration.ofSeconds(30));
        });
  }

  @Test
  void typedPropertiesWinOverTheDriverPassThrough() {
    this.runner.withPropertyValues("coodie.request.timeout=5s", "coodie.driver.basic.request.timeout=9s",
        "coodie.local-datacenter=dc1", "coodie.driver.basic.load-balancing-policy.local-datacenter=dc9")
        .run((context) -> {
          assertThat(config(context).getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
              .isEqualTo(Duration.ofSeconds(5));
          assertThat(config(context).getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER)).isEqualTo("dc1");
        });
  }

  @Test
  void aPortWithoutContactPointsAppliesToLocalhost() {
    this.runner.withPropertyValues("coodie.port=9142").run((context) -> assertThat(
        config(context).getStringList(DefaultDriverOption.CONTACT_POINTS)).containsExactly("127.0.0.1:9142"));
  }

  @Test
  void bindsTheBuilderToTheKeyspace() {
    this.runner.withPropertyValues("coodie.keyspace.name=Shop").run((context) -> {
      assertThat(TestSessions.keyspaceOf(context.getBean(CqlSessionBuilder.class)))
          .isEqualTo(CqlIdentifier.fromInternal("shop"));
      assertThat(context).doesNotHaveBean(CoodieKeyspaceInitializer.class);
    });
  }

  @Test
  void keyspaceInitializerOnlyWhenAskedTo() {
    this.runner.withPropertyValues("coodie.keyspace.name=shop", "coodie.keyspace.create=true")
        .run((context) -> assertThat(context).hasSingleBean(CoodieKeyspaceInitializer.class));
    this.runner.withPropertyValues("coodie.keyspace.name=shop", "coodie.keyspace.create=false")
        .run((context) -> assertThat(context).doesNotHaveBean(CoodieKeyspaceInitializer.class));
  }

  @Test
  void backsOffEntirelyWhenTheApplicationDefinesASession() {
    this.runner.withBean("mySession", CqlSession.class, () -> OfflineSession.failing(new IllegalStateException("stub")))
        .withPropertyValues("coodie.keyspace.name=shop", "coodie.keyspace.create=true").run((context) -> {
          assertThat(context).hasNotFailed().hasSingleBean(CoodieProperties.class)
              .doesNotHaveBean(DriverConfigLoader.class).doesNotHaveBean(CqlSessionBuilder.class)
              .doesNotHaveBean(CoodieKeyspaceInitializer.class).doesNotHaveBean("coodieSession");
          assertThat(context.getBeanNamesForType(CqlSession.class)).containsExactly("mySession");
        });
  }

  @Test
  void usesTheApplicationsConfigLoader() {
    DriverConfigLoader own = DriverConfigLoader.programmaticBuilder().build();
    this.runner.withBean("myLoader", DriverConfigLoader.class, () -> own).run((context) -> {
      assertThat(context.getBeanNamesForType(DriverConfigLoader.class)).containsExactly("myLoader");
      assertThat(context).hasBean("coodieSessionBuilder");
    });
  }

  @Test
  void appliesCoodieCustomizersLast() {
    AtomicInteger sessionBuilderCalls = new AtomicInteger();
    this.runner.withPropertyValues("coodie.request.timeout=5s")
        .withBean(CoodieDriverConfigLoaderBuilderCustomizer.class, () -> (builder) -> builder
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(7)))
        .withBean(CoodieSessionBuilderCustomizer.class, () -> (builder) -> sessionBuilderCalls.incrementAndGet())
        .run((context) -> {
          assertThat(config(context).getDuration(DefaultDriverOption.REQUEST_TIMEOUT))
              .isEqualTo(Duration.ofSeconds(7));
          context.getBean(CqlSessionBuilder.class);
          context.getBean(CqlSessionBuilder.class);
          assertThat(sessionBuilderCalls).hasValue(2); // prototype: customised once per builder
        });
  }

  @Test
  void appliesSpringBootsCassandraCustomizers() {
    AtomicInteger sessionBuilderCalls = new AtomicInteger();
    this.runner
        .withBean(DriverConfigLoaderBuilderCustomizer.class, () -> (builder) -> builder
            .withString(DefaultDriverOption.SESSION_NAME, "from-boot"))
        .withBean(CqlSessionBuilderCustomizer.class, () -> (builder) -> sessionBuilderCalls.incrementAndGet())
        .run((context) -> {
          assertThat(config(context).getString(DefaultDriverOption.SESSION_NAME)).isEqualTo("from-boot");
          context.getBean(CqlSessionBuilder.class);
          assertThat(sessionBuilderCalls).hasValue(1);
        });
  }

  @Test
  void worksWithoutSpringBootsCassandraModule() {
    this.runner.withClassLoader(new FilteredClassLoader(CqlSessionBuilderCustomizer.class)).run((context) -> {
      assertThat(context).hasNotFailed().doesNotHaveBean("bootCqlSessionBuilderCustomizers")
          .doesNotHaveBean("bootDriverConfigLoaderBuilderCustomizers").hasBean("coodieSessionBuilder");
      context.getBean(CqlSessionBuilder.class);
    });
  }

  @Test
  void backsOffWithoutTheDriver() {
    this.runner.withClassLoader(new FilteredClassLoader(CqlSession.class))
        .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(CoodieProperties.class)
            .doesNotHaveBean("coodieSession"));
  }

  @Test
  void springBootsCassandraAutoConfigurationBacksOffSoThereIsOneSession() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class))
        .withPropertyValues("coodie.local-datacenter=dc1").run((context) -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBeanNamesForType(CqlSession.class)).containsExactly("coodieSession");
          assertThat(context.getBeanNamesForType(CqlSessionBuilder.class)).containsExactly("coodieSessionBuilder");
          assertThat(context.getBeanNamesForType(DriverConfigLoader.class)).containsExactly("coodieDriverConfigLoader");
          assertThat(config(context).getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER)).isEqualTo("dc1");
        });
  }

  @Test
  void sslFromTheNamedBundle() {
    CountingSslBundle bundle = new CountingSslBundle();
    this.runner.withBean(SslBundles.class,
        () -> new DefaultSslBundleRegistry("cassandra", bundle))
        .withPropertyValues("coodie.ssl.enabled=true", "coodie.ssl.bundle=cassandra").run((context) -> {
          context.getBean(CqlSessionBuilder.class);
          assertThat(bundle.contexts).hasValue(1);
        });
  }

  @Test
  void sslValidatesTheServerHostNameUnlessTurnedOff() {
    this.runner.withPropertyValues("coodie.ssl.enabled=true").run((context) -> assertThat(
        endpointIdentification(context.getBean(CqlSessionBuilder.class))).isEqualTo("HTTPS"));
    this.runner.withPropertyValues("coodie.ssl.enabled=true", "coodie.ssl.hostname-validation=false").run(
        (context) -> assertThat(endpointIdentification(context.getBean(CqlSessionBuilder.class))).isNull());
  }

  /** The endpoint identification algorithm of an SSL engine of the builder's SSL engine factory. */
  private static String endpointIdentification(CqlSessionBuilder builder) {
    ProgrammaticArguments.Builder arguments = (ProgrammaticArguments.Builder) ReflectionTestUtils.getField(builder,
        "programmaticArgumentsBuilder");
    SslEngineFactory factory = arguments.build().getSslEngineFactory();
    return factory.newSslEngine(new DefaultEndPoint(new InetSocketAddress("127.0.0.1", 9042)))
        .getSSLParameters().getEndpointIdentificationAlgorithm();
  }

  @Test
  void sslBundleIgnoredUnlessEnabled() {
    CountingSslBundle bundle = new CountingSslBundle();
    this.runner.withBean(SslBundles.class,
        () -> new DefaultSslBundleRegistry("cassandra", bundle))
        .withPropertyValues("coodie.ssl.bundle=cassandra").run((context) -> {
          context.getBean(CqlSessionBuilder.class);
          assertThat(bundle.contexts).hasValue(0);
        });
  }

  @Test
  void sslWithoutABundleUsesTheJvmDefault() {
    this.runner.withPropertyValues("coodie.ssl.enabled=true")
        .run((context) -> assertThat(context.getBean(CqlSessionBuilder.class)).isNotNull());
  }

  @Test
  void sslWithAnUnknownBundleFailsClearly() {
    this.runner.withConfiguration(AutoConfigurations.of(SslAutoConfiguration.class))
        .withPropertyValues("coodie.ssl.enabled=true", "coodie.ssl.bundle=nope")
        .run((context) -> assertThatException().isThrownBy(() -> context.getBean(CqlSessionBuilder.class))
            .havingRootCause().withMessageContaining("'nope'"));
  }
}
