package io.coodie.spring.boot.autoconfigure.metrics;

import io.coodie.core.api.metrics.MicrometerOperationListener;
import io.coodie.spring.boot.autoconfigure.CoodieMapperAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of coodie's Micrometer timers: a {@link MicrometerOperationListener} recording every operation
 * of the {@code Coodie} bean in the {@code coodie.operations} timer, tagged {@code entity}, {@code operation},
 * {@code outcome} and {@code exception}. Repository methods run on that bean, except {@code @Query} methods and
 * {@code deleteAll()}, which run their CQL on the session (Spring Boot's {@code spring.data.repository.invocations}
 * timer, from {@code spring-boot-data-commons}, times every repository method).
 *
 * <p>Applies when Micrometer and coodie-core are on the classpath, a {@link MeterRegistry} bean exists (Actuator
 * defines one) and {@code coodie.metrics.enabled} is not {@code false}. Backs off when the application defines its own
 * {@link MicrometerOperationListener}; any other {@link io.coodie.core.api.metrics.OperationListener} beans are told
 * about operations as well.
 */
@AutoConfiguration(before = CoodieMapperAutoConfiguration.class, afterName = {
    "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
    "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, MicrometerOperationListener.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "coodie.metrics.enabled", matchIfMissing = true)
public final class CoodieMetricsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  MicrometerOperationListener coodieMicrometerOperationListener(MeterRegistry registry) {
    return new MicrometerOperationListener(registry);
  }
}
