package io.coodie.spring.boot.autoconfigure.migrations;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.migrations.JavaMigration;
import io.coodie.migrations.MigrationResolver;
import io.coodie.migrations.Migrator;
import io.coodie.spring.boot.autoconfigure.CoodieAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaSynchronizer;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Auto-configuration of the {@link CoodieMigrationsRunner} {@code coodieMigrationsRunner} from {@code
 * coodie.migrations.*}, when coodie-migrations is on the class path and there is a {@link CqlSession} bean (however
 * it is made); {@code coodie.migrations.enabled=false} turns it off, and an application's own runner bean replaces
 * it. The keyspace is {@code coodie.migrations.keyspace}, else {@code spring.cassandra.keyspace-name}, else the session's.
 *
 * <p>The schema synchronizer and every {@link Coodie} bean (and so every repository) depend on the runner, so the
 * migrations are applied before the schema is validated and before anything uses coodie.
 */
@AutoConfiguration(after = CoodieAutoConfiguration.class, before = CoodieSchemaAutoConfiguration.class,
    afterName = "org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration")
@ConditionalOnClass({ CqlSession.class, Migrator.class })
@ConditionalOnBean(CqlSession.class)
@ConditionalOnProperty(prefix = "coodie.migrations", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(CoodieMigrationsProperties.class)
public final class CoodieMigrationsAutoConfiguration {

  @Bean
  @ConditionalOnMissingBean
  CoodieMigrationsRunner coodieMigrationsRunner(CoodieMigrationsProperties properties,
      ObjectProvider<CqlSession> session, ObjectProvider<JavaMigration> javaMigrations, ResourceLoader resourceLoader,
      Environment environment) {
    ClassLoader classLoader = resourceLoader.getClassLoader() != null ? resourceLoader.getClassLoader()
        : ClassUtils.getDefaultClassLoader();
    List<JavaMigration> beans = javaMigrations.orderedStream().toList();
    String keyspace = properties.keyspace() != null && !properties.keyspace().isBlank() ? properties.keyspace()
        : environment.getProperty("spring.cassandra.keyspace-name");
    return new CoodieMigrationsRunner(() -> {
      Migrator.Builder builder = Migrator.builder(session.getObject()).locations(properties.locations())
          .javaMigrations(beans).classLoader(classLoader).historyTable(properties.historyTable())
          .leaseTtl(properties.leaseTtl()).leaseWait(properties.leaseWait()).target(properties.target());
      if (keyspace != null && !keyspace.isBlank()) {
        builder.keyspace(keyspace);
      }
      return builder.build();
    }, () -> new MigrationResolver(classLoader).resolve(properties.locations(), beans), properties,
        environment.getProperty("coodie.schema.action", "none"));
  }

  @Bean
  static CoodieDependsOnMigrations coodieDependsOnMigrations() {
    return new CoodieDependsOnMigrations();
  }

  @Bean
  @ConditionalOnClass(CoodieSchemaSynchronizer.class)
  static SchemaSynchronizerDependsOnMigrations coodieSchemaSynchronizerDependsOnMigrations() {
    return new SchemaSynchronizerDependsOnMigrations();
  }

  /** Makes every {@link Coodie} bean depend on the migrations runner. */
  static final class CoodieDependsOnMigrations extends AbstractDependsOnBeanFactoryPostProcessor {

    CoodieDependsOnMigrations() {
      super(Coodie.class, CoodieMigrationsRunner.class);
    }
  }

  /** Makes the schema synchronizer depend on the migrations runner: it validates the migrated schema. */
  static final class SchemaSynchronizerDependsOnMigrations extends AbstractDependsOnBeanFactoryPostProcessor {

    SchemaSynchronizerDependsOnMigrations() {
      super(CoodieSchemaSynchronizer.class, CoodieMigrationsRunner.class);
    }
  }
}
