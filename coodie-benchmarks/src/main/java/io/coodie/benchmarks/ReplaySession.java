package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.context.DriverContext;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchableStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ExecutionInfo;
import com.datastax.oss.driver.api.core.cql.PrepareRequest;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metrics.Metrics;
import com.datastax.oss.driver.api.core.session.Request;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A session for the mapping-only benchmarks: the first execution of each CQL string goes to the real node and its
 * result (rows as the server encoded them, column definitions, execution info) is recorded; every later execution of
 * that CQL returns the recording without any network I/O. Prepare requests are answered the same way, once per CQL
 * string. Everything else (context, codecs, metadata) is the real session's.
 *
 * <p>So a library's per-operation work is measured whole — building or looking up its statement, binding the entity,
 * handing the statement to the session, iterating the result and building entities from real {@link Row}s — while
 * the driver's request path, the network and the server are not. Replayed rows are the driver's own
 * {@code DefaultRow}s; decoding them does not consume them (checked by the benchmarks' setup).
 */
public final class ReplaySession implements CqlSession {

  private final CqlSession delegate;
  private final ConcurrentMap<String, Recorded> recorded = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Object> prepared = new ConcurrentHashMap<>();

  public ReplaySession(CqlSession delegate) {
    this.delegate = delegate;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <RequestT extends Request, ResultT> ResultT execute(RequestT request, GenericType<ResultT> resultType) {
    if (request instanceof PrepareRequest prepare) {
      String key = (resultType.equals(PrepareRequest.SYNC) ? "sync:" : "async:") + prepare.getQuery();
      return (ResultT) prepared.computeIfAbsent(key, k -> delegate.execute(request, resultType));
    }
    if (request instanceof Statement<?> statement) {
      if (resultType.equals(Statement.SYNC)) {
        return (ResultT) recording(statement).resultSet();
      }
      if (resultType.equals(Statement.ASYNC)) {
        return (ResultT) CompletableFuture.completedFuture(recording(statement).asyncResultSet());
      }
    }
    throw new UnsupportedOperationException("Not replayed: " + request.getClass().getName() + " as " + resultType);
  }

  private Recorded recording(Statement<?> statement) {
    Recorded r = recorded.get(key(statement));
    return r != null ? r : recorded.computeIfAbsent(key(statement), k -> record(statement));
  }

  private Recorded record(Statement<?> statement) {
    ResultSet rs = delegate.execute(statement);
    List<Row> rows = rs.all();
    if (!rs.isFullyFetched()) {
      throw new IllegalStateException("Only single-page results are replayed");
    }
    return new Recorded(rs.getColumnDefinitions(), List.copyOf(rows), rs.getExecutionInfo(), rs.wasApplied());
  }

  private static String key(Statement<?> statement) {
    if (statement instanceof BoundStatement b) {
      return b.getPreparedStatement().getQuery();
    }
    if (statement instanceof SimpleStatement s) {
      return s.getQuery();
    }
    if (statement instanceof BatchStatement batch) {
      StringBuilder key = new StringBuilder("BATCH");
      for (BatchableStatement<?> inner : batch) {
        key.append(';').append(key(inner));
      }
      return key.toString();
    }
    throw new UnsupportedOperationException("Not replayed: " + statement.getClass().getName());
  }

  /** One recorded response. */
  private record Recorded(ColumnDefinitions columns, List<Row> rows, ExecutionInfo info, boolean applied) {
    ResultSet resultSet() {
      return new ReplayedResultSet(this);
    }

    AsyncResultSet asyncResultSet() {
      return new ReplayedAsyncResultSet(this);
    }
  }

  private static final class ReplayedResultSet implements ResultSet {
    private final Recorded r;
    private final Iterator<Row> rows;
    private int remaining;

    ReplayedResultSet(Recorded r) {
      this.r = r;
      this.rows = r.rows.iterator();
      this.remaining = r.rows.size();
    }

    @Override
    public ColumnDefinitions getColumnDefinitions() {
      return r.columns;
    }

    @Override
    public List<ExecutionInfo> getExecutionInfos() {
      return List.of(r.info);
    }

    @Override
    public ExecutionInfo getExecutionInfo() {
      return r.info;
    }

    @Override
    public boolean isFullyFetched() {
      return true;
    }

    @Override
    public int getAvailableWithoutFetching() {
      return remaining;
    }

    @Override
    public boolean wasApplied() {
      return r.applied;
    }

    @Override
    public Iterator<Row> iterator() {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          remaining--;
          return rows.next();
        }
      };
    }
  }

  private static final class ReplayedAsyncResultSet implements AsyncResultSet {
    private final Recorded r;
    private final Iterator<Row> rows;
    private int remaining;

    ReplayedAsyncResultSet(Recorded r) {
      this.r = r;
      this.rows = r.rows.iterator();
      this.remaining = r.rows.size();
    }

    @Override
    public ColumnDefinitions getColumnDefinitions() {
      return r.columns;
    }

    @Override
    public ExecutionInfo getExecutionInfo() {
      return r.info;
    }

    @Override
    public int remaining() {
      return remaining;
    }

    @Override
    public Iterable<Row> currentPage() {
      return () -> new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          remaining--;
          return rows.next();
        }
      };
    }

    @Override
    public boolean hasMorePages() {
      return false;
    }

    @Override
    public CompletionStage<AsyncResultSet> fetchNextPage() {
      throw new IllegalStateException("No more pages");
    }

    @Override
    public boolean wasApplied() {
      return r.applied;
    }
  }

  // ------------------------------------------------------------------ the rest is the real session

  @Override
  public String getName() {
    return delegate.getName();
  }

  @Override
  public Metadata getMetadata() {
    return delegate.getMetadata();
  }

  @Override
  public boolean isSchemaMetadataEnabled() {
    return delegate.isSchemaMetadataEnabled();
  }

  @Override
  public CompletionStage<Metadata> setSchemaMetadataEnabled(Boolean newValue) {
    return delegate.setSchemaMetadataEnabled(newValue);
  }

  @Override
  public CompletionStage<Metadata> refreshSchemaAsync() {
    return delegate.refreshSchemaAsync();
  }

  @Override
  public CompletionStage<Boolean> checkSchemaAgreementAsync() {
    return delegate.checkSchemaAgreementAsync();
  }

  @Override
  public DriverContext getContext() {
    return delegate.getContext();
  }

  @Override
  public Optional<CqlIdentifier> getKeyspace() {
    return delegate.getKeyspace();
  }

  @Override
  public Optional<Metrics> getMetrics() {
    return delegate.getMetrics();
  }

  @Override
  public CompletionStage<Void> closeFuture() {
    return delegate.closeFuture();
  }

  @Override
  public CompletionStage<Void> closeAsync() {
    return delegate.closeAsync();
  }

  @Override
  public CompletionStage<Void> forceCloseAsync() {
    return delegate.forceCloseAsync();
  }
}
