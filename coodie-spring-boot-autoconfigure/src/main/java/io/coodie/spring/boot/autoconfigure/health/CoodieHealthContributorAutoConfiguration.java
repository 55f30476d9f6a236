package io.coodie.spring.boot.autoconfigure.health;

import com.datastax.oss.driver.api.core.CqlSession;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.health.CassandraHealthContributorAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.health.CassandraReactiveHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code coodie} health indicator ({@link CoodieHealthIndicator}), when Spring Boot's
 * health module ({@code spring-boot-health}, brought by Actuator) is on the classpath, a {@link CqlSession} bean exists
 * and {@code management.health.coodie.enabled} is not {@code false}.
 *
 * <p>It takes the place of Spring Boot's {@code cassandra} health contributor of the same session (the bean is also
 * known as {@code cassandraHealthContributor}, which makes Spring Boot's back off), so that the one session has one
 * health indicator, also with Spring Data Cassandra on the classpath. With
 * {@code management.health.coodie.enabled=false}, Spring Boot's {@code cassandra} indicator reports instead.
 */
@AutoConfiguration(after = CassandraAutoConfiguration.class, before = {
    CassandraHealthContributorAutoConfiguration.class, CassandraReactiveHealthContributorAutoConfiguration.class })
@ConditionalOnClass({ CqlSession.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(CqlSession.class)
@ConditionalOnEnabledHealthIndicator("coodie")
public final class CoodieHealthContributorAutoConfiguration {

  @Bean(name = { "coodieHealthIndicator", "cassandraHealthContributor" })
  @ConditionalOnMissingBean(name = { "coodieHealthIndicator", "cassandraHealthIndicator",
      "cassandraHealthContributor" })
  CoodieHealthIndicator coodieHealthIndicator(ObjectProvider<CqlSession> session) {
    return new CoodieHealthIndicator(session::getObject);
  }
}
