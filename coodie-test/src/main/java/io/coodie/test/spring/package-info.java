/**
 * Spring Boot test support on coodie-test's Cassandra: {@link io.coodie.test.spring.EmbeddedCassandraContextCustomizerFactory}
 * connects every Spring test context to the shared embedded node, {@link io.coodie.test.spring.DataCoodieTest} is the
 * test slice of coodie's auto-configuration and repositories, and
 * {@link io.coodie.test.spring.EmbeddedCassandraConfiguration} runs an application on the node outside tests. Spring
 * is an optional dependency of coodie-test: these types need {@code spring-boot-cassandra}, {@code spring-boot-test}
 * and {@code spring-boot-test-autoconfigure}, which a Spring Boot application's tests have.
 */
package io.coodie.test.spring;
