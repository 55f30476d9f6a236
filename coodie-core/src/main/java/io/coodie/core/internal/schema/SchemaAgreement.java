package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DriverException;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.loadbalancing.NodeDistance;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import io.coodie.core.api.schema.SchemaAgreementException;
import io.coodie.core.api.schema.SchemaException;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Waits until every node reports the same schema version.
 *
 * <p>The driver's own check ({@code checkSchemaAgreement()}, also run after each DDL response)
 * compares {@code system.peers} as seen by the control node, which can agree on the <em>old</em>
 * version while a peer has not applied the change yet. This asks each UP node for its own {@code
 * schema_version} in {@code system.local} ({@code Statement.setNode}) until all are equal; with
 * one node that is a single query. Nodes the driver holds no connection to (distance {@code
 * IGNORED}, e.g. remote datacenters) cannot be asked directly; for them the driver's check must
 * also pass.
 */
final class SchemaAgreement {

  private static final String VERSION = "SELECT schema_version FROM system.local";
  private static final long POLL_MILLIS = 50;

  private SchemaAgreement() {}

  /**
   * Polls until all nodes agree.
   *
   * @throws SchemaAgreementException if they do not within {@code timeout}
   */
  static void await(CqlSession session, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Collection<Node> nodes = session.getMetadata().getNodes().values();
      Map<Node, Object> versions = new LinkedHashMap<>();
      boolean ignored = false;
      for (Node node : nodes) {
        if (node.getState() != NodeState.UP) {
          continue;
        }
        if (node.getDistance() == NodeDistance.IGNORED) {
          ignored = true;
        } else {
          versions.put(node, version(session, node));
        }
      }
      if (agreed(versions.values()) && (!ignored || session.checkSchemaAgreement())) {
        return;
      }
      if (System.nanoTime() - deadline > 0) {
        throw new SchemaAgreementException(
            "The nodes did not agree on the schema within " + timeout.toMillis() + " ms; schema"
                + " version per node: " + describe(versions)
                + (ignored ? " (nodes without a connection are checked through system.peers)" : "")
                + ". Check 'nodetool describecluster'; the last statement was applied by its"
                + " coordinator and may still propagate.");
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SchemaException("interrupted while waiting for schema agreement", e);
      }
    }
  }

  private static Object version(CqlSession session, Node node) {
    try {
      Row row =
          session.execute(SimpleStatement.newInstance(VERSION).setNode(node).setIdempotent(true)).one();
      return row == null ? "no row" : row.getUuid(0);
    } catch (DriverException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private static boolean agreed(Collection<Object> versions) {
    return versions.stream().allMatch(v -> v instanceof UUID)
        && versions.stream().distinct().count() <= 1;
  }

  private static String describe(Map<Node, Object> versions) {
    return versions.entrySet().stream()
        .map(e -> e.getKey().getEndPoint() + "=" + e.getValue())
        .toList()
        .toString();
  }
}
