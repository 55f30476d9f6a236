package io.coodie.core.it.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.test.TestCassandra;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keyspace of one test's own (user types are per keyspace, so tests evolving the same type
 * must not share one), a session bound to it that records its DDL, and a schema manager on it.
 */
final class Sandbox implements AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  final String keyspace;
  final CqlSession session;
  final DdlRecorder recorder;
  final SchemaManager schema;

  private Sandbox(String keyspace, CqlSession session, DdlRecorder recorder) {
    this.keyspace = keyspace;
    this.session = session;
    this.recorder = recorder;
    this.schema = SchemaManager.create(session);
  }

  /** Creates keyspace {@code schema_<n>_<label>} with {@code admin} and connects to it. */
  static Sandbox open(TestCassandra cassandra, CqlSession admin, String label) {
    String keyspace = "schema_" + COUNTER.incrementAndGet() + "_" + label;
    SchemaManager.create(admin).createKeyspace(keyspace, Replication.simple(1));
    DdlRecorder recorder = new DdlRecorder();
    CqlSession session =
        cassandra
            .sessionBuilder()
            .withKeyspace(CqlIdentifier.fromInternal(keyspace))
            .addRequestTracker(recorder)
            .build();
    return new Sandbox(keyspace, session, recorder);
  }

  /** Drops the keyspace; the session closes in the background (netty's quiet period is 2 s). */
  @Override
  public void close() {
    try {
      schema.dropKeyspace(keyspace);
    } finally {
      session.closeAsync();
    }
  }
}
