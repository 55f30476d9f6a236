package io.coodie.spring.boot.autoconfigure.health;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@code coodie} health indicator ({@link CoodieHealthIndicator}), when Spring Boot's
 * health module ({@code spring-boot-health}, brought by Actuator) is on the classpath, a {@link CqlSession} bean exists
 * (coodie's or the application's) and {@code management.health.coodie.enabled} is not {@code false}.
 */
@AutoConfiguration(after = CoodieAutoConfiguration.class,
    afterName = "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration")
@ConditionalOnClass({ CqlSession.class, HealthIndicator.class, ConditionalOnEnabledHealthIndicator.class })
@ConditionalOnBean(CqlSession.class)
@ConditionalOnEnabledHealthIndicator("coodie")
public final class CoodieHealthContributorAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean(name = "coodieHealthIndicator")
  CoodieHealthIndicator coodieHealthIndicator(ObjectProvider<CqlSession> session) {
    return new CoodieHealthIndicator(session::getObject);
  }
}
