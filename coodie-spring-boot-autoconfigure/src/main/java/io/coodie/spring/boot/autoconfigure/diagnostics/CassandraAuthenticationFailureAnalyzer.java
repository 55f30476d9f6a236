package io.coodie.spring.boot.autoconfigure.diagnostics;

import com.datastax.oss.driver.api.core.AllNodesFailedException;
import com.datastax.oss.driver.api.core.auth.AuthenticationException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/**
 * Explains a start-up that failed because Cassandra refused the credentials (or asked for credentials that were not
 * given). Names the user, never the password.
 */
class CassandraAuthenticationFailureAnalyzer extends AbstractFailureAnalyzer<AllNodesFailedException> {

  private final Environment environment;

  CassandraAuthenticationFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected @Nullable FailureAnalysis analyze(Throwable rootFailure, AllNodesFailedException cause) {
    AuthenticationException error = Connections.authenticationError(cause);
    if (error == null) {
      return null;
    }
    String user = this.environment.getProperty("spring.cassandra.username");
    String description = "coodie could not log in to Cassandra at " + Connections.address(error.getEndPoint())
        + ": " + error.getMessage() + "\n\nConfiguration:\n  "
        + (user == null ? "spring.cassandra.username is not set (no credentials are sent)"
            : "spring.cassandra.username=" + user) + "\n  spring.cassandra.password is "
        + (this.environment.getProperty("spring.cassandra.password") == null ? "not set" : "set (not shown)");
    String action = "Set spring.cassandra.username and spring.cassandra.password to a role that exists with"
        + " LOGIN = true (CREATE ROLE ... WITH PASSWORD = '...' AND LOGIN = true), or correct them; when the"
        + " connection comes from a CassandraConnectionDetails bean, check its credentials instead.";
    return new FailureAnalysis(description, action, cause);
  }
}
