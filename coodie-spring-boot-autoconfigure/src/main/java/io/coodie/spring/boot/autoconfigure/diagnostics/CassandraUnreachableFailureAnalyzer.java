package io.coodie.spring.boot.autoconfigure.diagnostics;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.NoNodeAvailableException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains a start-up that failed because no contact point could be reached (the driver's
 * {@link AllNodesFailedException} that is not about credentials): the addresses tried with each one's error, the
 * {@code spring.cassandra.*} keys they come from, and what to check.
 */
class CassandraUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<AllNodesFailedException> {

  private final Environment environment;

  CassandraUnreachableFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected @Nullable FailureAnalysis analyze(Throwable rootFailure, AllNodesFailedException cause) {
    if (Connections.authenticationError(cause) != null) {
      return null; // CassandraAuthenticationFailureAnalyzer's
    }
    String settings = "  " + Connections.setting(this.environment, "spring.cassandra.contact-points",
        "Spring Boot's default 127.0.0.1:9042 applies") + "\n  "
        + Connections.setting(this.environment, "spring.cassandra.port", "9042 applies to entries without a port")
        + "\n  " + Connections.setting(this.environment, "spring.cassandra.local-datacenter", "none given") + "\n  "
        + Connections.setting(this.environment, "spring.cassandra.ssl.enabled", "plain connections");
    String description;
    if (cause instanceof NoNodeAvailableException || cause.getAllErrors().isEmpty()) {
      description = "coodie could not reach Cassandra: no node was available to run a request (" + cause.getMessage()
          + ").\n\nConfiguration:\n" + settings;
    } else {
      description = "coodie could not connect to Cassandra: no contact point could be reached.\n\nTried:\n"
          + Connections.tried(cause) + "\nConfiguration:\n" + settings;
    }
    String action = "Check that Cassandra is running and reachable from here at the addresses tried. Set"
        + " spring.cassandra.contact-points to your nodes (host:port, comma-separated; entries without a port use"
        + " spring.cassandra.port) and spring.cassandra.local-datacenter to their datacenter. For TLS errors, check"
        + " spring.cassandra.ssl.* and the SSL bundle. When the connection comes from a CassandraConnectionDetails"
        + " bean (@ServiceConnection, Docker Compose, coodie-test's embedded node), check that instead; it wins over"
        + " the properties.";
    return new FailureAnalysis(description, action, cause);
  }
}
