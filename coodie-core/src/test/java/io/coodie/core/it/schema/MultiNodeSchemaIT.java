package io.coodie.core.it.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.metadata.NodeState;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.test.EmbeddedCassandra;
import java.nio.file.Path;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * On several nodes, every node has applied the DDL when sync returns: statements run on each node
 * right after it never meet an unknown table or column. (Checked: with the agreement polling
 * switched off, this test fails with a read failure on the second node.)
 *
 * <p>Opt-in ({@code -Dcoodie.it.cluster=true}): it starts a cluster of its own, and on a loaded
 * machine the launcher's parallel start of several nodes sometimes loses a non-seed node ("Unable
 * to gossip with any peers"); with this test in the default run, the 3-node {@code FailoverIT}
 * that follows it failed that way repeatedly.
 */
@EnabledIfSystemProperty(named = "coodie.it.cluster", matches = "true")
class MultiNodeSchemaIT {

  @Table(name = "orders", keyspace = "multi")
  record Order(@PartitionKey String customer, @ClusteringColumn int seq, String item) {}

  @Table(name = "orders", keyspace = "multi")
  record OrderV2(@PartitionKey String customer, @ClusteringColumn int seq, String item, Integer qty) {}

  @Test
  void everyNodeKnowsTheSchemaWhenSyncReturns(@TempDir Path workRoot) {
    try (EmbeddedCassandra cluster = startCluster(workRoot);
        CqlSession session = cluster.sessionBuilder().build()) {
      SchemaManager schema = SchemaManager.create(session);
      Collection<Node> nodes = awaitAllUp(session, 2);
      schema.createKeyspace("multi", Replication.networkTopology(java.util.Map.of("datacenter1", 2)));

      for (int round = 0; round < 3; round++) {
        schema.sync(SchemaAction.RECREATE, Order.class);
        for (Node node : nodes) {
          session.execute(
              SimpleStatement.newInstance("SELECT customer, seq, item FROM multi.orders LIMIT 1").setNode(node));
        }
        schema.sync(SchemaAction.UPDATE, OrderV2.class);
        for (Node node : nodes) {
          session.execute(
              SimpleStatement.newInstance("SELECT qty FROM multi.orders LIMIT 1").setNode(node));
        }
      }
      assertThat(schema.plan(SchemaAction.UPDATE, OrderV2.class).isEmpty()).isTrue();
    }
  }

  /**
   * Starts 2 nodes, retrying: under CPU load the parallel start sometimes loses the non-seed node
   * ("Unable to gossip with any peers" when the seed is not gossiping yet).
   */
  private static EmbeddedCassandra startCluster(Path workRoot) {
    for (int attempt = 1; ; attempt++) {
      try {
        return EmbeddedCassandra.builder().nodes(2).workRoot(workRoot.resolve("try" + attempt)).start();
      } catch (IllegalStateException e) {
        if (attempt == 3) {
          throw e;
        }
      }
    }
  }

  /** The driver learns of peers through gossip events; wait until it sees them all UP. */
  private static Collection<Node> awaitAllUp(CqlSession session, int count) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (true) {
      Collection<Node> nodes = session.getMetadata().getNodes().values();
      if (nodes.size() == count
          && nodes.stream().allMatch(n -> n.getState() == NodeState.UP && n.getOpenConnections() > 0)) {
        return nodes;
      }
      assertThat(System.nanoTime() - deadline).as("nodes seen: " + nodes).isNegative();
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
