package io.coodie.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterIT {

  @Test
  void threeNodesSurviveKillingOneWithQuorumWrites(@TempDir Path workRoot) {
    long started = System.nanoTime();
    try (EmbeddedCassandra cluster = EmbeddedCassandra.builder().nodes(3).workRoot(workRoot).start();
        CqlSession session = cluster.sessionBuilder().build()) {
      System.out.println("3 nodes CQL-ready in " + (System.nanoTime() - started) / 1_000_000 + " ms");
      assertThat(cluster.nodes()).extracting(CassandraNode::address)
          .containsExactly("127.0.0.1", "127.0.0.2", "127.0.0.3");
      assertThat(session.getMetadata().getNodes()).hasSize(3);

      session.execute(SimpleStatement.newInstance("CREATE KEYSPACE rf3 WITH replication = "
          + "{'class': 'NetworkTopologyStrategy', 'datacenter1': 3}"));
      SchemaAgreement.await(session, Duration.ofSeconds(30));
      session.execute("CREATE TABLE rf3.t (k int PRIMARY KEY, v int)");
      SchemaAgreement.await(session, Duration.ofSeconds(30));
      PreparedStatement insert = session.prepare("INSERT INTO rf3.t (k, v) VALUES (?, ?)");

      int acknowledged = 0;
      for (int i = 0; i < 50; i++) {
        session.execute(quorum(insert, i));
        acknowledged++;
      }

      CassandraNode third = cluster.node(2);
      long pid = third.pid();
      third.kill();
      assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      for (int i = 50; i < 150; i++) {
        session.execute(quorum(insert, i));
        acknowledged++;
      }

      third.start();
      long count = session.execute(SimpleStatement.newInstance("SELECT count(*) FROM rf3.t")
          .setConsistencyLevel(ConsistencyLevel.QUORUM)).one().getLong(0);
      assertThat(count).isEqualTo(acknowledged);
    }
  }

  private static com.datastax.oss.driver.api.core.cql.BoundStatement quorum(PreparedStatement insert, int i) {
    return insert.bind(i, i).setConsistencyLevel(ConsistencyLevel.QUORUM).setIdempotent(true);
  }
}
