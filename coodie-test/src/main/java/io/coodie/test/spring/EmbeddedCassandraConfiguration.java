package io.coodie.test.spring;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The shared embedded node for an application run outside a test: its {@link EmbeddedCassandraConnectionDetails}
 * (which replace {@code spring.cassandra.contact-points} and {@code local-datacenter}) and the
 * {@link TestDriverConfigCustomizer}. For a {@code TestApplication} main method:
 * {@code SpringApplication.from(Application::main).with(EmbeddedCassandraConfiguration.class).run(args)}. Tests need
 * nothing: {@link EmbeddedCassandraContextCustomizerFactory} adds the same beans to every Spring test context.
 */
@Configuration(proxyBeanMethods = false)
public class EmbeddedCassandraConfiguration {

  @Bean
  EmbeddedCassandraConnectionDetails coodieTestCassandraConnectionDetails() {
    return new EmbeddedCassandraConnectionDetails();
  }

  @Bean
  TestDriverConfigCustomizer coodieTestDriverConfigCustomizer(Environment environment) {
    return new TestDriverConfigCustomizer(!environment.containsProperty("spring.cassandra.request.timeout"));
  }
}
