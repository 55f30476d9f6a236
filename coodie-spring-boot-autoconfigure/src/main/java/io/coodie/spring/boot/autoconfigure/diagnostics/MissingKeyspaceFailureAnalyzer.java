package io.coodie.spring.boot.autoconfigure.diagnostics;

import com.datastax.oss.driver.api.core.InvalidKeyspaceException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.Environment;

/** Explains a start-up that failed because the session's keyspace does not exist. */
class MissingKeyspaceFailureAnalyzer extends AbstractFailureAnalyzer<InvalidKeyspaceException> {

  private final Environment environment;

  MissingKeyspaceFailureAnalyzer(Environment environment) {
    this.environment = environment;
  }

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, InvalidKeyspaceException cause) {
    String keyspace = this.environment.getProperty("spring.cassandra.keyspace-name");
    String description = "The session could not bind to its keyspace: " + cause.getMessage() + ".\n\nConfiguration:\n"
        + "  " + (keyspace == null ? "spring.cassandra.keyspace-name is not set" : "spring.cassandra.keyspace-name="
            + keyspace) + "\n  coodie.keyspace.create="
        + this.environment.getProperty("coodie.keyspace.create", "false");
    String action = "Create the keyspace (CREATE KEYSPACE ... WITH replication = ...), or set"
        + " coodie.keyspace.create=true to have coodie create it at start-up with the replication of"
        + " coodie.keyspace.replication.*, or correct spring.cassandra.keyspace-name (unquoted names are lower case).";
    return new FailureAnalysis(description, action, cause);
  }
}
