package io.coodie.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.autoconfigure.OverrideAutoConfiguration;
import org.springframework.boot.test.context.filter.annotation.TypeExcludeFilters;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.BootstrapWith;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A test of coodie entities and repositories: only coodie's auto-configuration on Spring Boot's Cassandra session
 * ({@link AutoConfigureDataCoodie}) and the repositories of the {@code @SpringBootConfiguration}'s package; no other
 * components, no web layer.
 *
 * <p>With no configuration at all it runs on coodie-test's shared embedded node (see
 * {@link EmbeddedCassandraContextCustomizerFactory}; with {@code spring.cassandra.contact-points} set, or a
 * {@code @ServiceConnection} container, it uses that instead), in a keyspace of its own named after the test class
 * ({@code coodie_} and the class's simple name in lower case), which coodie creates with the tables of the entities
 * ({@code coodie.keyspace.create=true}, {@code coodie.schema.action=recreate}). {@link #properties()} overrides any of
 * these.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@BootstrapWith(DataCoodieTestContextBootstrapper.class)
@ExtendWith(SpringExtension.class)
@OverrideAutoConfiguration(enabled = false)
@TypeExcludeFilters(DataCoodieTypeExcludeFilter.class)
@AutoConfigureDataCoodie
@ImportAutoConfiguration
public @interface DataCoodieTest {

  /** Properties in {@code key=value} form, added to the environment before the test runs; they win over the defaults. */
  String[] properties() default {};

  /** Whether the default filters (none: no component is included) apply. */
  boolean useDefaultFilters() default true;

  /** Components to add to the context. */
  Filter[] includeFilters() default {};

  /** Components to leave out of the context. */
  Filter[] excludeFilters() default {};

  /** Auto-configuration to leave out. */
  @AliasFor(annotation = ImportAutoConfiguration.class, attribute = "exclude")
  Class<?>[] excludeAutoConfiguration() default {};
}
