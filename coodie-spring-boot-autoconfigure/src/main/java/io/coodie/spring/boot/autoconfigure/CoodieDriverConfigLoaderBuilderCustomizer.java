package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;

/**
 * Callback to customise the driver configuration that coodie's auto-configuration builds from {@code coodie.*}
 * properties. Called after the properties are applied, so a setting made here wins. Declare beans of this type; they
 * are called in {@link org.springframework.core.annotation.Order @Order} order.
 *
 * <p>Works with or without Spring Boot's {@code spring-boot-cassandra} module. When that module is present, its
 * {@code DriverConfigLoaderBuilderCustomizer} beans are applied as well.
 */
@FunctionalInterface
public interface CoodieDriverConfigLoaderBuilderCustomizer {

  /** Customises the builder. */
  void customize(ProgrammaticDriverConfigLoaderBuilder builder);
}
