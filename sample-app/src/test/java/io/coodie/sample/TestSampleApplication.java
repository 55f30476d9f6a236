package io.coodie.sample;

import io.coodie.test.spring.EmbeddedCassandraConfiguration;
import org.springframework.boot.SpringApplication;

/**
 * Runs the sample on an embedded Cassandra node, with nothing to install: {@code ./mvnw -pl sample-app -am
 * spring-boot:test-run} (or run this class from the IDE). {@link EmbeddedCassandraConfiguration} gives Spring Boot the
 * connection details of coodie-test's shared node, a forked JVM started when the session first connects; it is
 * stopped, and its data deleted, when this JVM exits.
 */
public class TestSampleApplication {

  public static void main(String[] args) {
    SpringApplication.from(SampleApplication::main)
        .with(EmbeddedCassandraConfiguration.class)
        .withAdditionalProfiles("dev")
        .run(args);
  }
}
