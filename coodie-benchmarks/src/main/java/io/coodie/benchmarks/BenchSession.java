package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.coodie.benchmarks.model.Items;
import java.net.InetSocketAddress;
import java.time.Duration;

/**
 * The one way every benchmark connects: the same driver settings for every variant. The runner passes the node's
 * address to the forked benchmark JVMs in the system property {@value #CONTACT_POINT}.
 */
public final class BenchSession {

  /** System property holding {@code host:port} of the node. */
  public static final String CONTACT_POINT = "coodie.bench.contact-point";

  /** Datacenter of the embedded node. */
  public static final String DATACENTER = "datacenter1";

  private BenchSession() {}

  /** The node's address, from {@value #CONTACT_POINT}. */
  public static InetSocketAddress contactPoint() {
    String value = System.getProperty(CONTACT_POINT);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("No Cassandra node: set -D" + CONTACT_POINT + "=host:port, or run the"
          + " benchmarks through io.coodie.benchmarks.BenchmarkRunner (java -jar benchmarks.jar), which starts one");
    }
    int colon = value.lastIndexOf(':');
    return new InetSocketAddress(value.substring(0, colon), Integer.parseInt(value.substring(colon + 1)));
  }

  /** A session on the benchmark keyspace. */
  public static CqlSession open() {
    return open(contactPoint(), true);
  }

  /** A session on {@code address}, bound to the benchmark keyspace or to none. */
  public static CqlSession open(InetSocketAddress address, boolean inKeyspace) {
    var builder = CqlSession.builder()
        .addContactPoint(address)
        .withLocalDatacenter(DATACENTER)
        .withConfigLoader(config());
    if (inKeyspace) {
      builder.withKeyspace(CqlIdentifier.fromInternal(Items.KEYSPACE));
    }
    return builder.build();
  }

  /**
   * Driver defaults, except: a request timeout well above the server's own, no logging of server warnings (it would
   * be measured), and no schema metadata refreshes beyond the first.
   */
  static DriverConfigLoader config() {
    return DriverConfigLoader.programmaticBuilder()
        .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, Duration.ofSeconds(20))
        .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, Duration.ofSeconds(10))
        .withBoolean(DefaultDriverOption.REQUEST_LOG_WARNINGS, false)
        .build();
  }
}
