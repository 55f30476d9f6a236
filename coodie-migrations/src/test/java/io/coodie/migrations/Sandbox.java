package io.coodie.migrations;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.test.TestCassandra;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A keyspace of one test's own, a session bound to it that records every statement it sends, and a migrations
 * directory on the file system to write scripts into.
 */
final class Sandbox implements AutoCloseable {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  final String keyspace;
  final CqlSession session;
  final Recorder recorder = new Recorder();
  final Path dir;
  private final CqlSession admin;

  Sandbox(TestCassandra cassandra, CqlSession admin, Path root, String label) throws IOException {
    this.admin = admin;
    this.keyspace = "mig_" + COUNTER.incrementAndGet() + "_" + label;
    SchemaManager.create(admin).createKeyspace(keyspace, Replication.simple(1));
    this.session = cassandra.sessionBuilder().withKeyspace(CqlIdentifier.fromInternal(keyspace))
        .addRequestTracker(recorder).build();
    this.dir = Files.createDirectories(root.resolve(keyspace));
  }

  Migrator.Builder migrator() {
    return Migrator.builder(session).locations("filesystem:" + dir).installedBy("tester@ci")
        .leaseTtl(java.time.Duration.ofSeconds(5));
  }

  void write(String fileName, String script) throws IOException {
    Files.writeString(dir.resolve(fileName), script);
  }

  /** The history table's rows by version: version -> "type|description|checksum|success|error". */
  Map<String, Row> history() {
    Map<String, Row> rows = new TreeMap<>();
    admin.execute("SELECT * FROM " + keyspace + ".coodie_schema_history")
        .forEach(row -> rows.put(row.getString("version"), row));
    return rows;
  }

  /** Columns of a table: name -> type. */
  Map<String, String> columns(String table) {
    Map<String, String> columns = new TreeMap<>();
    admin.execute("SELECT column_name, type FROM system_schema.columns WHERE keyspace_name = ? AND table_name = ?",
        keyspace, table).forEach(row -> columns.put(row.getString(0), row.getString(1)));
    return columns;
  }

  List<String> tables() {
    return admin.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", keyspace).all()
        .stream().map(r -> r.getString(0)).sorted().toList();
  }

  @Override
  public void close() {
    try {
      admin.execute("DROP KEYSPACE IF EXISTS " + keyspace);
    } finally {
      session.closeAsync();
    }
  }

  /** Records the query of every statement sent, succeeded or failed. */
  static final class Recorder implements RequestTracker {
    private final List<String> queries = new CopyOnWriteArrayList<>();

    List<String> queries() {
      return List.copyOf(queries);
    }

    List<String> ddl() {
      return queries.stream().filter(q -> q.stripLeading().toUpperCase(Locale.ROOT)
          .matches("(?s)(CREATE|ALTER|DROP|TRUNCATE)\\b.*")).toList();
    }

    /** Statements that change something: DDL and writes. */
    List<String> changes() {
      return queries.stream().filter(q -> !q.stripLeading().toUpperCase(Locale.ROOT).startsWith("SELECT")).toList();
    }

    void clear() {
      queries.clear();
    }

    @Override
    @SuppressWarnings("deprecation")
    public void onSuccess(Request request, long latencyNanos, DriverExecutionProfile profile, Node node) {
      record(request);
    }

    @Override
    @SuppressWarnings("deprecation")
    public void onError(Request request, Throwable error, long latencyNanos, DriverExecutionProfile profile,
        Node node) {
      record(request);
    }

    private void record(Request request) {
      if (request instanceof SimpleStatement statement) {
        queries.add(statement.getQuery());
      }
    }

    @Override
    public void close() {}
  }
}
