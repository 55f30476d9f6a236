package io.coodie.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedCassandraIT {

  @Test
  void startsRunsCqlStopsAndLeavesNoProcessBehind(@TempDir Path workRoot) throws Exception {
    long started = System.nanoTime();
    EmbeddedCassandra cassandra = EmbeddedCassandra.builder().workRoot(workRoot).start();
    Duration startup = Duration.ofNanos(System.nanoTime() - started);
    System.out.println("Single node CQL-ready in " + startup.toMillis() + " ms");
    CassandraNode node = cassandra.node(0);
    ProcessHandle process = ProcessHandle.of(node.pid()).orElseThrow();
    Path directory = node.directory();
    try (CqlSession session = cassandra.sessionBuilder().build()) {
      Row row = session.execute("SELECT release_version, data_center FROM system.local").one();
      assertThat(row.getString("release_version")).isEqualTo(EmbeddedCassandra.DEFAULT_VERSION);
      assertThat(row.getString("data_center")).isEqualTo(EmbeddedCassandra.DATACENTER);
      session.execute("CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      session.execute("CREATE TABLE ks.t (k int PRIMARY KEY, v text)");
      session.execute("INSERT INTO ks.t (k, v) VALUES (1, 'one')");
      assertThat(session.execute("SELECT v FROM ks.t WHERE k = 1").one().getString("v")).isEqualTo("one");
    } finally {
      cassandra.close();
    }
    assertThat(process.isAlive()).isFalse();
    assertThat(node.isRunning()).isFalse();
    assertThat(Files.exists(directory)).isFalse();
  }

  @Test
  void nodeRestartsOnItsDataAfterAKill(@TempDir Path workRoot) throws InterruptedException {
    // The commit log is written to its file every commitlog_sync_period (10 s by default): like any Cassandra
    // node, a SIGKILL loses what was acknowledged since. A short period makes the replay after a kill testable.
    try (EmbeddedCassandra cassandra = EmbeddedCassandra.builder().workRoot(workRoot)
        .yaml("commitlog_sync_period", "50ms").start()) {
      CassandraNode node = cassandra.node(0);
      try (CqlSession session = cassandra.sessionBuilder().build()) {
        session.execute("CREATE KEYSPACE ks WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
        session.execute("CREATE TABLE ks.t (k int PRIMARY KEY, v text)");
        session.execute("INSERT INTO ks.t (k, v) VALUES (7, 'seven')");
      }
      Thread.sleep(500);
      long firstPid = node.pid();
      node.kill();
      assertThat(ProcessHandle.of(firstPid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
      node.start();
      try (CqlSession session = cassandra.sessionBuilder().build()) {
        assertThat(session.execute("SELECT v FROM ks.t WHERE k = 7").one().getString("v")).isEqualTo("seven");
      }
    }
  }

  @Test
  void aBrokenConfigurationFailsWithTheNodeLogAndNoProcessLeft(@TempDir Path workRoot) {
    assertThatThrownBy(() -> EmbeddedCassandra.builder().workRoot(workRoot)
            .yaml("phi_convict_threshold", "4").start())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("node1 exited")
        .hasMessageContaining("phi_convict_threshold must be between 5 and 16");
  }
}
