package io.coodie.migrations;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Waits until every node reports the same schema version, after each DDL statement of a migration.
 *
 * <p>The same approach as coodie-core's {@code SchemaManager} (its class is internal, so this is a copy of the idea):
 * the driver's own check compares {@code system.peers} as the control node sees them, which can agree on the old
 * version while a peer has not applied the change yet; so each UP node is asked for its own {@code schema_version}
 * in {@code system.local} ({@code Statement.setNode}) until all are equal. Nodes the driver holds no connection to
 * (distance {@code IGNORED}, e.g. remote datacenters) are covered by {@code session.checkSchemaAgreement()}.
 */
final class SchemaAgreement {

  private static final String VERSION = "SELECT schema_version FROM system.local";
  private static final long POLL_MILLIS = 50;

  private SchemaAgreement() {}

  static void await(CqlSession session, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Map<Node, Object> versions = new LinkedHashMap<>();
      boolean ignored = false;
      for (Node node : session.getMetadata().getNodes().values()) {
        if (node.getState() != NodeState.UP) {
          continue;
        }
        if (node.getDistance() == NodeDistance.IGNORED) {
          ignored = true;
        } else {
          versions.put(node, version(session, node));
        }
      }
      boolean agreed = versions.values().stream().allMatch(v -> v instanceof UUID)
          && versions.values().stream().distinct().count() <= 1;
      if (agreed && (!ignored || session.checkSchemaAgreement())) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new MigrationException("The nodes did not agree on the schema within " + timeout.toMillis()
            + " ms; schema version per node: " + versions.entrySet().stream()
                .map(e -> e.getKey().getEndPoint() + "=" + e.getValue()).toList()
            + ". Check 'nodetool describecluster'; the statement was applied by its coordinator and may still"
            + " propagate.");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new MigrationException("interrupted while waiting for schema agreement", e);
      }
    }
  }

  private static Object version(CqlSession session, Node node) {
    try {
      Row row = session.execute(SimpleStatement.newInstance(VERSION).setNode(node).setIdempotent(true)).one();
      return row == null ? "no row" : row.getUuid(0);
    } catch (DriverException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }
}
