package io.coodie.spring.boot.autoconfigure.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.CoodieMapperAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.CoodieProperties;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * Auto-configuration of the {@link CoodieSchemaSynchronizer} {@code coodieSchemaSynchronizer} from
 * {@code coodie.schema.*} (action, dry run, base packages), when coodie-core and a {@link CqlSession} bean are
 * present; backs off when the application defines its own synchronizer. Every {@link Coodie} bean (and so every
 * repository) depends on it, so the schema is synchronised before anything uses coodie.
 */
@AutoConfiguration(after = { CoodieAutoConfiguration.class, CoodieMapperAutoConfiguration.class },
    afterName = "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration")
@ConditionalOnClass({ CqlSession.class, SchemaManager.class })
@ConditionalOnBean(CqlSession.class)
public final class CoodieSchemaAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CoodieSchemaSynchronizer coodieSchemaSynchronizer(CoodieProperties properties, ObjectProvider<CqlSession> session,
      BeanFactory beanFactory, ResourceLoader resourceLoader, Environment environment) {
    CoodieProperties.Schema schema = properties.schema();
    List<String> packages = schema.resolveBasePackages(beanFactory);
    return new CoodieSchemaSynchronizer(session::getObject, SchemaAction.valueOf(schema.action().name()),
        schema.dryRun(), packages, () -> new CoodieEntityScanner(resourceLoader, environment).scan(packages));
  }

  @Bean
  static CoodieDependsOnSchemaSynchronizer coodieDependsOnSchemaSynchronizer() {
    return new CoodieDependsOnSchemaSynchronizer();
  }

  /** Makes every {@link Coodie} bean depend on the schema synchronizer. */
  static final class CoodieDependsOnSchemaSynchronizer extends AbstractDependsOnBeanFactoryPostProcessor {

    CoodieDependsOnSchemaSynchronizer() {
      super(Coodie.class, CoodieSchemaSynchronizer.class);
    }
  }
}
