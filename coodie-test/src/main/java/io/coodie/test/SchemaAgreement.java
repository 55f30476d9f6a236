package io.coodie.test;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.time.Duration;

/**
 * Waits until every node the session knows reports the same schema version. On several nodes the driver's own
 * agreement check can pass before the others applied a DDL statement (a statement prepared right after then fails
 * with "table does not exist"); asking each node for its own {@code system.local} version does not.
 */
public final class SchemaAgreement {

  private SchemaAgreement() {}

  /**
   * Polls each node's own schema version every 50 ms until all agree.
   *
   * @throws IllegalStateException if they do not agree within {@code timeout}
   */
  public static void await(CqlSession session, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (session.getMetadata().getNodes().values().stream()
        .map(node -> session.execute(SimpleStatement.newInstance("SELECT schema_version FROM system.local")
            .setNode(node)).one().getUuid(0))
        .distinct().count() > 1) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("The nodes' schema versions did not agree within " + timeout.toSeconds()
            + " s");
      }
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting for schema agreement", e);
      }
    }
  }
}
