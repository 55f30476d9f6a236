package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CassandraProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.env.Environment;

/**
 * What coodie adds to Spring Boot's Cassandra auto-configuration ({@code CassandraAutoConfiguration} of
 * {@code spring-boot-cassandra}, which defines the {@link CqlSession}, its {@link CqlSessionBuilder} and driver
 * configuration from {@code spring.cassandra.*} or a {@code CassandraConnectionDetails} bean):
 * <ul>
 *   <li>{@link CoodieProperties} ({@code coodie.*}); start-up fails when a {@code coodie.*} key of earlier versions
 *       that Spring Boot now covers is still set ({@link RemovedCoodieProperties}), naming its replacement.</li>
 *   <li>{@link CoodieKeyspaceCreator} {@code coodieKeyspaceCreator}: with {@code coodie.keyspace.create=true}, creates
 *       the keyspace of {@code spring.cassandra.keyspace-name} through a short-lived session bound to no keyspace
 *       (from Spring Boot's session builder, so with the same contact points, credentials and SSL), before any
 *       {@code CqlSession} bean is created. Absent when the application defines its own {@code CqlSession}.</li>
 *   <li>{@link CoodieSessionChecks}: a session whose configured local datacenter has no node fails start-up
 *       ({@link UnknownDatacenterException}) instead of failing every request later.</li>
 * </ul>
 * coodie defines no session of its own: with Spring Data Cassandra on the classpath too there is one session,
 * Spring Boot's, shared by both.
 */
@AutoConfiguration(before = CassandraAutoConfiguration.class)
@ConditionalOnClass({ CqlSession.class, CassandraAutoConfiguration.class })
@EnableConfigurationProperties(CoodieProperties.class)
public final class CoodieAutoConfiguration {

  @Bean
  static RemovedPropertiesCheck coodieRemovedPropertiesCheck() {
    return new RemovedPropertiesCheck();
  }

  @Bean
  static CoodieSessionChecks coodieSessionChecks() {
    return new CoodieSessionChecks();
  }

  @Configuration(proxyBeanMethods = false)
  @ConditionalOnMissingBean(CqlSession.class)
  static class KeyspaceConfiguration {

    @Bean
    @Lazy // created with the first session, which depends on it
    CoodieKeyspaceCreator coodieKeyspaceCreator(CoodieProperties properties,
        ObjectProvider<CassandraProperties> cassandraProperties, ObjectProvider<CqlSessionBuilder> builders) {
      CassandraProperties cassandra = cassandraProperties.getIfAvailable();
      return new CoodieKeyspaceCreator(properties.keyspace(), cassandra == null ? null : cassandra.getKeyspaceName(),
          builders::getObject);
    }

    @Bean
    static SessionsDependOnKeyspaceCreator coodieSessionsDependOnKeyspaceCreator() {
      return new SessionsDependOnKeyspaceCreator();
    }
  }

  /** Makes every {@link CqlSession} bean depend on the keyspace creator. */
  static final class SessionsDependOnKeyspaceCreator extends AbstractDependsOnBeanFactoryPostProcessor {

    SessionsDependOnKeyspaceCreator() {
      super(CqlSession.class, CoodieKeyspaceCreator.class);
    }
  }

  /** Fails before any bean is created when a removed {@code coodie.*} key is set. */
  static final class RemovedPropertiesCheck implements BeanFactoryPostProcessor, EnvironmentAware {

    private @Nullable Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
      this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) throws BeansException {
      RemovedCoodieProperties.check(Objects.requireNonNull(this.environment, "environment"));
    }
  }
}
