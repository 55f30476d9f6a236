package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import com.datastax.oss.driver.api.core.ssl.ProgrammaticSslEngineFactory;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.Ssl;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CqlSessionBuilderCustomizer;
import org.springframework.boot.cassandra.autoconfigure.DriverConfigLoaderBuilderCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.context.annotation.Scope;
import org.springframework.util.Assert;

/**
 * Auto-configuration of coodie's Cassandra {@link CqlSession}, from {@link CoodieProperties} ({@code coodie.*}).
 *
 * <p>Beans, each backing off when the application defines one of the same type:
 * <ul>
 *   <li>{@link DriverConfigLoader} {@code coodieDriverConfigLoader}: programmatic driver configuration from the
 *       properties, then {@link CoodieDriverConfigLoaderBuilderCustomizer} beans.</li>
 *   <li>{@link CoodieKeyspaceInitializer} {@code coodieKeyspaceInitializer}, when {@code coodie.keyspace.create=true}.
 *   </li>
 *   <li>{@link CqlSessionBuilder} {@code coodieSessionBuilder} (prototype): the loader, SSL from an SSL bundle (the
 *       server's certificate must match the host name connected to unless {@code coodie.ssl.hostname-validation=false}),
 *       the keyspace, then {@link CoodieSessionBuilderCustomizer} beans.</li>
 *   <li>{@link CqlSession} {@code coodieSession} (lazy, like Spring Boot's own, closed with the context): creates the
 *       keyspace first through a short-lived session bound to no keyspace when asked to, then connects bound to
 *       it. Closing that short-lived session waits out netty's shutdown quiet period (2 s by default;
 *       {@code coodie.driver.advanced.netty.io-group.shutdown.quiet-period} and {@code admin-group}), which tests
 *       may set to 0.</li>
 * </ul>
 * All of them back off when the application defines its own {@code CqlSession}. Ordered before Spring Boot's
 * {@code CassandraAutoConfiguration}, whose session, session builder and config loader then back off, so that an
 * application with both on its classpath gets one session. When {@code spring-boot-cassandra} is present, its
 * {@code CqlSessionBuilderCustomizer} and {@code DriverConfigLoaderBuilderCustomizer} beans are applied too.
 */
@AutoConfiguration(after = SslAutoConfiguration.class,
    beforeName = "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration")
@ConditionalOnClass(CqlSession.class)
@EnableConfigurationProperties(CoodieProperties.class)
public final class CoodieAutoConfiguration {

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(CqlSession.class)
  static class SessionConfiguration {

    @Bean(destroyMethod = "") // the session closes its config loader
    @ConditionalOnMissingBean
    DriverConfigLoader coodieDriverConfigLoader(CoodieProperties properties,
        ObjectProvider<CoodieDriverConfigLoaderBuilderCustomizer> customizers) {
      ProgrammaticDriverConfigLoaderBuilder builder =
          CoodieDriverConfig.apply(properties, DriverConfigLoader.programmaticBuilder());
      customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
      return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBooleanProperty("coodie.keyspace.create")
    CoodieKeyspaceInitializer coodieKeyspaceInitializer(CoodieProperties properties) {
      return new CoodieKeyspaceInitializer(properties.keyspace());
    }

    @Bean
    @ConditionalOnMissingBean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    CqlSessionBuilder coodieSessionBuilder(DriverConfigLoader configLoader, CoodieProperties properties,
        ObjectProvider<SslBundles> sslBundles, ObjectProvider<CoodieSessionBuilderCustomizer> customizers) {
      CqlSessionBuilder builder = CqlSession.builder().withConfigLoader(configLoader);
      configureSsl(builder, properties.ssl(), sslBundles);
      if (properties.keyspace().name() != null) {
        builder.withKeyspace(properties.keyspace().name());
      }
      customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
      return builder;
    }

    private static void configureSsl(CqlSessionBuilder builder, Ssl ssl, ObjectProvider<SslBundles> sslBundles) {
      if (!ssl.enabled()) {
        return;
      }
      SslBundle bundle;
      if (ssl.bundle() == null) {
        bundle = SslBundle.systemDefault();
      } else {
        SslBundles bundles = sslBundles.getIfAvailable();
        Assert.state(bundles != null, () -> "coodie.ssl.bundle=" + ssl.bundle()
            + " is set but the context has no SslBundles (is SslAutoConfiguration excluded?)");
        bundle = bundles.getBundle(ssl.bundle());
      }
      SslOptions options = bundle.getOptions();
      Assert.state(options.getEnabledProtocols() == null,
          "SSL protocol options cannot be set on the SSL bundle used by coodie (the driver chooses the protocol)");
      builder.withSslEngineFactory(new ProgrammaticSslEngineFactory(bundle.createSslContext(), options.getCiphers(),
          ssl.hostnameValidation()));
    }

    @Bean(destroyMethod = "close")
    @Lazy
    CqlSession coodieSession(ObjectProvider<CqlSessionBuilder> builders,
        ObjectProvider<CoodieKeyspaceInitializer> keyspaceInitializer) {
      CoodieKeyspaceInitializer initializer = keyspaceInitializer.getIfAvailable();
      if (initializer != null) {
        try (CqlSession session = builders.getObject().withKeyspace((CqlIdentifier) null).build()) {
          initializer.initialize(session);
        }
      }
      return builders.getObject().build();
    }

    /** Applies Spring Boot's own Cassandra customizer beans when {@code spring-boot-cassandra} is present. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(CqlSessionBuilderCustomizer.class)
    static class BootCustomizersConfiguration {

      @Bean
      CoodieSessionBuilderCustomizer bootCqlSessionBuilderCustomizers(
          ObjectProvider<CqlSessionBuilderCustomizer> customizers) {
        return (builder) -> customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
      }

      @Bean
      CoodieDriverConfigLoaderBuilderCustomizer bootDriverConfigLoaderBuilderCustomizers(
          ObjectProvider<DriverConfigLoaderBuilderCustomizer> customizers) {
        return (builder) -> customizers.orderedStream().forEach((customizer) -> customizer.customize(builder));
      }
    }
  }
}
