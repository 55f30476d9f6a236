package io.coodie.test;

import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import com.datastax.oss.driver.api.core.config.ProgrammaticDriverConfigLoaderBuilder;
import java.time.Duration;

/**
 * Driver settings that suit tests against a small local cluster.
 *
 * <ul>
 *   <li>Schema refresh debouncer window of 1 ms: with the 1 s default every DDL statement waits about a second.</li>
 *   <li>Request timeout of 30 s, well above the server's own timeouts (2 s writes, 10 s range reads), so a test sees
 *       the server's {@code WriteTimeoutException}/{@code UnavailableException} instead of a driver timeout.</li>
 *   <li>Schema agreement timeout of 30 s, for DDL on slow shared CI machines.</li>
 *   <li>No netty quiet period on shutdown: closing a session otherwise waits 2 s, for every session.</li>
 * </ul>
 */
public final class TestDriverConfig {

  private TestDriverConfig() {}

  /** A builder preloaded with the test settings, to add more options to. */
  public static ProgrammaticDriverConfigLoaderBuilder builder() {
    return DriverConfigLoader.programmaticBuilder()
        .withDuration(DefaultDriverOption.METADATA_SCHEMA_WINDOW, Duration.ofMillis(1))
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(30))
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
        .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(30))
        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0);
  }

  /** The test settings as a config loader. */
  public static DriverConfigLoader loader() {
    return builder().build();
  }
}
