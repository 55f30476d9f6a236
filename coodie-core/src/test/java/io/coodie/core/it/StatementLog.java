package io.coodie.core.it;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import io.coodie.test.support.RecordingSession;
import java.util.List;

/**
 * Records the CQL of every statement executed through its {@link #session} (not preparations), synchronously at
 * the call, to assert what was or was not sent: coodie-test's {@link RecordingSession} on the test keyspace.
 */
public final class StatementLog implements AutoCloseable {

  private final RecordingSession recording;

  /** A session proxy that records executions. */
  public final CqlSession session;

  private StatementLog(CqlSession delegate) {
    this.recording = RecordingSession.wrap(delegate);
    this.session = recording.session();
  }

  /** A recording session on the test keyspace. */
  public static StatementLog open(TestCassandra cassandra, TestKeyspace keyspace) {
    return new StatementLog(cassandra.sessionBuilder().withKeyspace(keyspace.name()).build());
  }

  /** Forgets what was recorded. */
  public void clear() {
    recording.clear();
  }

  /** The statements executed since the last {@link #clear()}. */
  public List<Statement<?>> statements() {
    return recording.statements();
  }

  /** The CQL executed since the last {@link #clear()}. */
  public List<String> executed() {
    return recording.executed();
  }

  @Override
  public void close() {
    recording.close();
  }
}
