package io.coodie.test.support;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link CqlSession} that records, synchronously at the call, the CQL of every statement prepared and every
 * statement executed through {@link #session()} (sync or async), then passes the call on to its delegate. Use it to
 * assert what was, or was not, sent: around a live session, or around an {@link OfflineSession} (see
 * {@link #offline()}), where the preparation is recorded and then fails, so the statement a call would send is seen
 * without a node.
 */
public final class RecordingSession implements AutoCloseable {

  private final List<String> prepared = new CopyOnWriteArrayList<>();
  private final List<String> executed = new CopyOnWriteArrayList<>();
  private final List<Statement<?>> statements = new CopyOnWriteArrayList<>();
  private final CqlSession delegate;
  private final CqlSession session;

  private RecordingSession(CqlSession delegate) {
    this.delegate = delegate;
    this.session = (CqlSession) Proxy.newProxyInstance(CqlSession.class.getClassLoader(),
        new Class<?>[] {CqlSession.class}, (proxy, method, args) -> {
          String name = method.getName();
          if (args != null && args.length >= 1) {
            if (name.startsWith("prepare")) {
              prepared.add(args[0] instanceof Statement<?> s ? cql(s) : String.valueOf(args[0]));
            } else if (name.startsWith("execute")) {
              if (args[0] instanceof Statement<?> statement) {
                executed.add(cql(statement));
                statements.add(statement);
              } else if (args[0] instanceof String query) {
                executed.add(query);
                statements.add(SimpleStatement.newInstance(query));
              }
            }
          }
          if (name.equals("equals")) {
            return proxy == args[0];
          }
          if (name.equals("hashCode")) {
            return System.identityHashCode(proxy);
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** Records what goes through {@code delegate}, which {@link #close()} closes. */
  public static RecordingSession wrap(CqlSession delegate) {
    return new RecordingSession(delegate);
  }

  /** Records what would be sent to an {@link OfflineSession}: every preparation and execution then fails. */
  public static RecordingSession offline() {
    return new RecordingSession(OfflineSession.create());
  }

  /** The recording session: pass it to the code under test. */
  public CqlSession session() {
    return session;
  }

  /**
   * The CQL of a statement: a bound statement's prepared query, a simple statement's query, and for a batch
   * {@code BATCH <type> [<cql of each>]}.
   */
  public static String cql(Statement<?> statement) {
    if (statement instanceof BoundStatement b) {
      return b.getPreparedStatement().getQuery();
    }
    if (statement instanceof SimpleStatement s) {
      return s.getQuery();
    }
    if (statement instanceof BatchStatement batch) {
      List<String> inner = new ArrayList<>();
      for (BatchableStatement<?> s : batch) {
        inner.add(cql(s));
      }
      return "BATCH " + batch.getBatchType() + " " + inner;
    }
    return statement.toString();
  }

  /** Forgets what was recorded. */
  public void clear() {
    prepared.clear();
    executed.clear();
    statements.clear();
  }

  /** The CQL prepared since the last {@link #clear()}, in order (a statement cache prepares a shape once). */
  public List<String> prepared() {
    return List.copyOf(prepared);
  }

  /** The CQL executed since the last {@link #clear()}, in order. */
  public List<String> executed() {
    return List.copyOf(executed);
  }

  /** The statements executed since the last {@link #clear()}, in order, with their bound values. */
  public List<Statement<?>> statements() {
    return List.copyOf(statements);
  }

  /** Closes the delegate. */
  @Override
  public void close() {
    delegate.close();
  }

  @Override
  public String toString() {
    return "RecordingSession of " + delegate;
  }
}
