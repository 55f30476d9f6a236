package io.coodie.core.it;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records the CQL of every statement executed through its {@link #session} (not preparations), synchronously at
 * the call, to assert what was or was not sent.
 */
public final class StatementLog implements AutoCloseable {

  private final List<String> executed = new CopyOnWriteArrayList<>();
  private final List<Statement<?>> statements = new CopyOnWriteArrayList<>();
  private final CqlSession delegate;

  /** A session proxy that records executions. */
  public final CqlSession session;

  private StatementLog(CqlSession delegate) {
    this.delegate = delegate;
    this.session = (CqlSession) Proxy.newProxyInstance(CqlSession.class.getClassLoader(),
        new Class<?>[] {CqlSession.class}, (proxy, method, args) -> {
          if (method.getName().startsWith("execute") && args != null && args.length == 1
              && args[0] instanceof Statement<?> statement) {
            executed.add(cql(statement));
            statements.add(statement);
          }
          try {
            return method.invoke(delegate, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  /** A recording session on the test keyspace. */
  public static StatementLog open(TestCassandra cassandra, TestKeyspace keyspace) {
    return new StatementLog(cassandra.sessionBuilder().withKeyspace(keyspace.name()).build());
  }

  private static String cql(Statement<?> statement) {
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
    executed.clear();
    statements.clear();
  }

  /** The statements executed since the last {@link #clear()}. */
  public List<Statement<?>> statements() {
    return List.copyOf(statements);
  }

  /** The CQL executed since the last {@link #clear()}. */
  public List<String> executed() {
    return List.copyOf(executed);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
