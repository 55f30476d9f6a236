package io.coodie.test.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import org.junit.jupiter.api.Test;

class SessionStandInsTest {

  @Test
  void anOfflineSessionRendersButSendsNothing() {
    CqlSession session = OfflineSession.create();
    assertThat(session.getContext().getCodecRegistry()).isSameAs(CodecRegistry.DEFAULT);
    assertThat(session.getContext().getProtocolVersion()).isEqualTo(DefaultProtocolVersion.V5);
    assertThat(session.getKeyspace()).isEmpty();
    assertThat(session.getName()).isEqualTo("offline");
    assertThat(session).isEqualTo(session).isNotEqualTo(OfflineSession.create()).hasToString("offline CqlSession");
    assertThatThrownBy(() -> session.execute("SELECT 1")).isInstanceOf(IllegalStateException.class)
        .hasMessage("offline CqlSession: execute needs Cassandra");
    assertThat(session.prepareAsync("SELECT 1").toCompletableFuture()).isCompletedExceptionally();
    assertThatThrownBy(() -> session.getContext().getConfig()).isInstanceOf(UnsupportedOperationException.class);
    session.close();
  }

  @Test
  void aFailingSessionThrowsItsFailure() {
    IllegalStateException failure = new IllegalStateException("down");
    CqlSession session = OfflineSession.failing(failure);
    assertThatThrownBy(session::getMetadata).isSameAs(failure);
    assertThat(session).hasToString("failing CqlSession").isEqualTo(session);
    session.close();
  }

  @Test
  void aRecordingSessionRecordsPreparationsAndExecutions() {
    RecordingSession recording = RecordingSession.offline();
    CqlSession session = recording.session();
    assertThat(session.prepareAsync(SimpleStatement.newInstance("SELECT a FROM t")).toCompletableFuture())
        .isCompletedExceptionally();
    assertThatThrownBy(() -> session.prepare("SELECT b FROM t")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> session.execute("SELECT c FROM t")).isInstanceOf(IllegalStateException.class);
    BatchStatement batch = BatchStatement.newInstance(DefaultBatchType.UNLOGGED,
        SimpleStatement.newInstance("INSERT INTO t (a) VALUES (1)"));
    assertThat(session.executeAsync(batch).toCompletableFuture()).isCompletedExceptionally();
    assertThat(recording.prepared()).containsExactly("SELECT a FROM t", "SELECT b FROM t");
    assertThat(recording.executed()).containsExactly("SELECT c FROM t",
        "BATCH UNLOGGED [INSERT INTO t (a) VALUES (1)]");
    assertThat(recording.statements()).hasSize(2);
    assertThat(session).isEqualTo(session);
    recording.clear();
    assertThat(recording.prepared()).isEmpty();
    assertThat(recording.executed()).isEmpty();
    assertThat(recording.statements()).isEmpty();
    assertThat(recording.toString()).contains("offline CqlSession");
    recording.close();
  }

  @Test
  @SuppressWarnings("deprecation")
  void aTrackerRecordsAnsweredStatements() {
    RecordingTracker tracker = new RecordingTracker();
    SimpleStatement first = SimpleStatement.newInstance("SELECT a FROM t WHERE k=?", "x");
    tracker.onSuccess(first, 1, null, null);
    tracker.onError(SimpleStatement.newInstance("SELECT b FROM t"), new RuntimeException(), 1, null, null);
    assertThat(tracker.await(2).cql()).containsExactly("SELECT a FROM t WHERE k=?", "SELECT b FROM t");
    assertThat(tracker.startingWith("SELECT b")).hasSize(1);
    assertThat(RecordingTracker.values(first)).isEmpty(); // a simple statement's values are not bound ones
    tracker.clear();
    assertThat(tracker.statements()).isEmpty();
    tracker.close();
  }
}
