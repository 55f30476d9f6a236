package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.metrics.OperationListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link Coodie} bean {@code coodie}: coodie-core's entry point on the {@link CqlSession}
 * bean (coodie's or the application's), when coodie-core is on the classpath. It is the injectable operations bean:
 * {@code coodie.entity(Product.class)} for typed queries and writes with options, {@code coodie.batch()} for
 * batches; repositories run on it. Every {@link OperationListener} bean is told about its operations (see
 * {@link io.coodie.spring.boot.autoconfigure.metrics.CoodieMetricsAutoConfiguration} for Micrometer timers). Backs
 * off when the application defines its own {@code Coodie}.
 *
 * <p>Creating it connects the session (the session bean itself is lazy). When schema synchronisation is
 * configured, every {@code Coodie} bean is created after it (see
 * {@link io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaAutoConfiguration}).
 */
@AutoConfiguration(after = CoodieAutoConfiguration.class,
    afterName = "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration")
@ConditionalOnClass({ CqlSession.class, Coodie.class })
@ConditionalOnBean(CqlSession.class)
public final class CoodieMapperAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  Coodie coodie(CqlSession session, ObjectProvider<OperationListener> operationListeners) {
    return Coodie.builder(session)
        .operationListener(OperationListener.composite(operationListeners.orderedStream().toList()))
        .build();
  }
}
