package io.coodie.test.spring;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import io.coodie.test.TestDriverConfig;
import java.time.Duration;
import org.springframework.boot.cassandra.autoconfigure.DriverConfigLoaderBuilderCustomizer;

/**
 * {@link TestDriverConfig}'s settings for Spring Boot's driver configuration: schema refresh debouncer of 1 ms, schema
 * agreement timeout 30 s, connection init query timeout 10 s, no netty quiet period on shutdown, and (unless the
 * application sets {@code spring.cassandra.request.timeout}) a request timeout of 30 s.
 */
public class TestDriverConfigCustomizer implements DriverConfigLoaderBuilderCustomizer {

  private final boolean requestTimeout;

  /** All of the settings. */
  public TestDriverConfigCustomizer() {
    this(true);
  }

  /** The settings, with or without the request timeout. */
  public TestDriverConfigCustomizer(boolean requestTimeout) {
    this.requestTimeout = requestTimeout;
  }

  @Override
  public void customize(ProgrammaticDriverConfigLoaderBuilder builder) {
    builder.withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(1))
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(30))
        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0);
    if (this.requestTimeout) {
      builder.withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30));
    }
  }
}
