package io.coodie.core.it.schema;

import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every DDL statement a session sends (succeeded or failed), to count what a sync ran. */
final class DdlRecorder implements RequestTracker {

  private final List<String> statements = new CopyOnWriteArrayList<>();

  /** The DDL statements sent since the last {@link #clear()}. */
  List<String> ddl() {
    return List.copyOf(statements);
  }

  void clear() {
    statements.clear();
  }

  @Override
  @SuppressWarnings("deprecation")
  public void onSuccess(Request request, long latencyNanos, DriverExecutionProfile profile, Node node) {
    record(request);
  }

  @Override
  @SuppressWarnings("deprecation")
  public void onError(
      Request request, Throwable error, long latencyNanos, DriverExecutionProfile profile, Node node) {
    record(request);
  }

  private void record(Request request) {
    if (request instanceof SimpleStatement statement) {
      String query = statement.getQuery().stripLeading().toUpperCase(Locale.ROOT);
      if (query.startsWith("CREATE") || query.startsWith("ALTER") || query.startsWith("DROP")) {
        statements.add(statement.getQuery());
      }
    }
  }

  @Override
  public void close() {}
}
