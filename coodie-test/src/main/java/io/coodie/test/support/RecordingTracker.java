package io.coodie.test.support;

import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Node;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A driver {@link RequestTracker} that records every statement a session sent and got an answer to (a result or an
 * error), with its bound values: register it with {@code CqlSessionBuilder.addRequestTracker} where the session is
 * built elsewhere (a Spring context, say) and {@link RecordingSession} cannot wrap it. The tracker is told after the
 * answer, possibly just after the call returned: {@link #await(int)} waits for the statements expected.
 */
public final class RecordingTracker implements RequestTracker {

  private final List<Statement<?>> statements = new CopyOnWriteArrayList<>();

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
    if (request instanceof Statement<?> statement) {
      statements.add(statement);
    }
  }

  /** The statements answered since the last {@link #clear()}, in the order of their answers. */
  public List<Statement<?>> statements() {
    return List.copyOf(statements);
  }

  /** The CQL of the statements answered since the last {@link #clear()} (see {@link RecordingSession#cql}). */
  public List<String> cql() {
    List<String> cql = new ArrayList<>();
    for (Statement<?> statement : statements) {
      cql.add(RecordingSession.cql(statement));
    }
    return cql;
  }

  /** The statements whose CQL starts with {@code prefix} (case-sensitive), for instance {@code "SELECT count(*)"}. */
  public List<Statement<?>> startingWith(String prefix) {
    return statements.stream().filter(s -> RecordingSession.cql(s).startsWith(prefix)).toList();
  }

  /** The values bound to a statement, decoded as the driver would (an empty list for a simple statement). */
  public static List<Object> values(Statement<?> statement) {
    List<Object> values = new ArrayList<>();
    if (statement instanceof BoundStatement bound) {
      for (int i = 0; i < bound.size(); i++) {
        values.add(bound.getObject(i));
      }
    }
    return values;
  }

  /**
   * Waits (up to 10 seconds) until at least {@code count} statements were recorded since the last {@link #clear()},
   * then returns this tracker: the driver tells its trackers just after it completes the call.
   */
  public RecordingTracker await(int count) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (statements.size() < count) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("expected " + count + " statements sent, saw " + cql());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
    return this;
  }

  /**
   * The CQL of the statements whose first bound value is {@code firstValue}, waiting (up to 10 seconds) for at
   * least one: with a value used by one call only, this tells what that call sent, whatever other calls' answers
   * arrive meanwhile.
   */
  public List<String> awaitBinding(Object firstValue) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
    while (true) {
      List<String> found = statements.stream()
          .filter(s -> !values(s).isEmpty() && java.util.Objects.equals(values(s).get(0), firstValue))
          .map(RecordingSession::cql).toList();
      if (!found.isEmpty()) {
        return found;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("no statement bound " + firstValue + " first among " + cql());
      }
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Forgets what was recorded. */
  public void clear() {
    statements.clear();
  }

  @Override
  public void close() {}
}
