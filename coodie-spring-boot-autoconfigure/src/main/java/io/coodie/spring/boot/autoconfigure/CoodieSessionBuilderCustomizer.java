package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlSessionBuilder;

/**
 * Callback to customise the {@link CqlSessionBuilder} that coodie's auto-configuration builds its {@code CqlSession}
 * from, after contact points, configuration, SSL and keyspace have been applied. Declare beans of this type; they are
 * called in {@link org.springframework.core.annotation.Order @Order} order, on every builder the auto-configuration
 * hands out (including the short-lived one that creates the keyspace when {@code coodie.keyspace.create=true}).
 *
 * <p>Works with or without Spring Boot's {@code spring-boot-cassandra} module. When that module is present, its
 * {@code CqlSessionBuilderCustomizer} beans are applied as well.
 */
@FunctionalInterface
public interface CoodieSessionBuilderCustomizer {

  /** Customises the builder. */
  void customize(CqlSessionBuilder builder);
}
