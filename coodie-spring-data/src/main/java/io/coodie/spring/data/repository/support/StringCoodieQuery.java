package io.coodie.spring.data.repository.support;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.PagingState;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.LwtException;
import io.coodie.spring.data.repository.CoodieSlice;
import io.coodie.spring.data.repository.Query;
import io.coodie.spring.data.repository.support.CoodieParameters.CoodieParameter;
import io.coodie.spring.data.repository.support.CqlMarkers.Parsed;
import io.coodie.spring.data.repository.support.CqlMarkers.Style;
import io.coodie.spring.data.repository.support.ReturnShape.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * A {@link Query @Query} method: the statement is prepared on first use (once per method), its markers bound to the
 * method's arguments, and rows mapped to the entity by column name.
 *
 * @param <T> the entity type
 */
final class StringCoodieQuery<T> implements RepositoryQuery {

  private static final Pattern SELECT = Pattern.compile("(?is)\\s*(/\\*.*?\\*/\\s*)*select\\b.*");
  private static final Pattern COUNT = Pattern.compile("(?is)\\s*(/\\*.*?\\*/\\s*)*select\\s+count\\s*\\(.*");

  private final CoodieQueryMethod method;
  private final RepositoryContext<T, ?> context;
  private final Parsed parsed;
  private final int[] arguments;
  private final boolean select;
  private final ReturnShape shape;
  private final MethodOptions options;
  private final AtomicReference<CompletableFuture<PreparedStatement>> prepared = new AtomicReference<>();

  StringCoodieQuery(CoodieQueryMethod method, RepositoryContext<T, ?> context) {
    this.method = method;
    this.context = context;
    String cql = method.method().getAnnotation(Query.class).value();
    try {
      this.parsed = CqlMarkers.parse(cql);
    } catch (IllegalArgumentException ex) {
      throw method.invalid("@Query: " + ex.getMessage());
    }
    this.select = SELECT.matcher(cql).matches();
    this.shape = ReturnShape.of(method.method(), method.repositoryInterface(), context.domainType());
    this.options = MethodOptions.of(method, context.metadata());
    this.arguments = bindArguments();
    check(COUNT.matcher(cql).matches());
  }

  private int[] bindArguments() {
    List<CoodieParameter> bindable = new ArrayList<>();
    this.method.getParameters().getBindableParameters().forEach(bindable::add);
    int[] indexes = new int[this.parsed.markers().size()];
    boolean[] used = new boolean[bindable.size()];
    for (int m = 0; m < indexes.length; m++) {
      Object marker = this.parsed.markers().get(m);
      int position = -1;
      if (this.parsed.style() == Style.NAMED) {
        for (int b = 0; b < bindable.size(); b++) {
          if (marker.equals(bindable.get(b).getName().orElse(null))) {
            position = b;
          }
        }
        if (position < 0) {
          throw this.method.invalid("@Query uses :" + marker + " but no parameter has that name (name them with"
              + " @Param, or compile with -parameters)");
        }
      } else {
        position = (Integer) marker;
        if (position >= bindable.size()) {
          throw this.method.invalid("@Query uses parameter " + (this.parsed.style() == Style.PLAIN ? "?" : "?"
              + position) + " (index " + position + ", from 0) but the method has " + bindable.size()
              + " query parameter(s)");
        }
      }
      used[position] = true;
      indexes[m] = bindable.get(position).getIndex();
    }
    for (int b = 0; b < used.length; b++) {
      if (!used[b]) {
        throw this.method.invalid("the parameter '" + bindable.get(b).getName().orElse("#" + b) + "' is not used by"
            + " the @Query statement");
      }
    }
    return indexes;
  }

  private void check(boolean count) {
    if (this.options.hasWriteOptions() || this.options.allowFiltering) {
      throw this.method.invalid("@Ttl, @Timestamp, @IfNotExists, @IfExists, @Iff and @AllowFiltering do not apply to"
          + " @Query methods: write USING TTL, USING TIMESTAMP, IF ... or ALLOW FILTERING in the statement");
    }
    CoodieParameters parameters = this.method.getParameters();
    if (parameters.hasSortParameter() || parameters.hasLimitParameter()) {
      throw this.method.invalid("Sort and Limit parameters do not apply to @Query methods: write ORDER BY or LIMIT"
          + " in the statement");
    }
    Kind kind = this.shape.kind();
    boolean fits = this.select
        ? this.shape.isEntities() && !(this.shape.async() && kind == Kind.STREAM) || kind == Kind.BOOLEAN
            || (kind == Kind.NUMBER && count)
        : kind == Kind.VOID || kind == Kind.BOOLEAN;
    if (!fits) {
      throw this.method.invalid("the return type " + this.shape.describe(this.method.method()) + " does not fit the"
          + (this.select ? " SELECT: return the entity, Optional, List, Stream or Slice of it, boolean (any row), a"
          + " number for SELECT count(*), or a CompletableFuture of those"
          : " statement: return void, or boolean for whether it was applied"));
    }
    if (kind == Kind.SLICE && !parameters.hasPageableParameter()) {
      throw this.method.invalid("a Slice needs a Pageable parameter");
    }
    if (parameters.hasPageableParameter() && kind != Kind.SLICE && kind != Kind.LIST) {
      throw this.method.invalid("a Pageable parameter needs a Slice or List return type");
    }
  }

  @Override
  public Object execute(Object[] parameters) {
    Pageable pageable = this.method.getParameters().hasPageableParameter()
        ? (Pageable) parameters[this.method.getParameters().getPageableIndex()] : Pageable.unpaged();
    if (pageable.getSort().isSorted()) {
      throw new IllegalArgumentException(InvalidRepositoryMethodException.describe(this.method.method())
          + ": a @Query cannot be sorted by the Pageable; write ORDER BY in the statement");
    }
    if (this.shape.async()) {
      return preparedAsync().thenCompose((ps) -> session().executeAsync(bind(ps, parameters, pageable)))
          .thenCompose((rs) -> resultAsync(rs, pageable)).toCompletableFuture();
    }
    PreparedStatement ps = Concurrently.join(preparedAsync());
    return result(session().execute(bind(ps, parameters, pageable)), pageable);
  }

  private CqlSession session() {
    return this.context.coodie().session();
  }

  private CompletableFuture<PreparedStatement> preparedAsync() {
    CompletableFuture<PreparedStatement> current = this.prepared.get();
    if (current != null && !current.isCompletedExceptionally()) {
      return current;
    }
    CompletableFuture<PreparedStatement> fresh = session().prepareAsync(this.parsed.cql()).toCompletableFuture();
    return this.prepared.compareAndSet(current, fresh) ? fresh : this.prepared.get();
  }

  private BoundStatement bind(PreparedStatement ps, Object[] parameters, Pageable pageable) {
    Object[] values = new Object[this.arguments.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = parameters[this.arguments[i]];
    }
    BoundStatement statement = ps.bind(values).setIdempotent(this.select);
    if (this.options.consistency() != null) {
      statement = statement.setConsistencyLevel(this.options.consistency());
    }
    if (this.options.serialConsistency() != null) {
      statement = statement.setSerialConsistencyLevel(this.options.serialConsistency());
    }
    if (pageable.isPaged()) {
      statement = statement.setPageSize(pageable.getPageSize());
      String state = Paging.pagingState(pageable);
      if (state != null) {
        statement = statement.setPagingState(PagingState.fromString(state), session());
      }
    }
    return statement;
  }

  private Object result(ResultSet rs, Pageable pageable) {
    Iterator<Row> rows = rs.iterator();
    return switch (this.shape.kind()) {
      case VOID, BOOLEAN, NUMBER, ENTITY, OPTIONAL -> firstPageResult(rs::wasApplied, rows);
      case STREAM -> StreamSupport.stream(rs.spliterator(), false).map(this::decode).filter(Objects::nonNull);
      case LIST -> pageable.isPaged() ? page(rs, pageable).getContent() : decodeAll(rows);
      case SLICE -> pageable.isPaged() ? page(rs, pageable) : new CoodieSlice<>(decodeAll(rows), pageable, null);
      default -> throw new IllegalStateException("Unexpected result " + this.shape);
    };
  }

  private CompletionStage<Object> resultAsync(AsyncResultSet rs, Pageable pageable) {
    return switch (this.shape.kind()) {
      case LIST, SLICE -> pageable.isPaged()
          ? CompletableFuture.completedFuture(this.shape.kind() == Kind.LIST ? pageAsync(rs, pageable).getContent()
              : pageAsync(rs, pageable))
          : drain(rs, new ArrayList<>()).thenApply((all) -> this.shape.kind() == Kind.LIST ? all
              : new CoodieSlice<>(all, pageable, null));
      default -> CompletableFuture.completedFuture(firstPageResult(rs::wasApplied, rs.currentPage().iterator()));
    };
  }

  /**
   * The result of the kinds that need at most the first page of rows: {@code void}, {@code boolean} (a row exists,
   * or the statement applied), a number, or one entity.
   */
  private Object firstPageResult(BooleanSupplier wasApplied, Iterator<Row> rows) {
    return switch (this.shape.kind()) {
      case VOID -> {
        applied(wasApplied.getAsBoolean(), rows.hasNext() ? rows.next() : null);
        yield null;
      }
      case BOOLEAN -> this.select ? rows.hasNext() : wasApplied.getAsBoolean();
      case NUMBER -> this.shape.number(((Number) Objects.requireNonNull(rows.hasNext() ? rows.next() : null)
          .getObject(0)).longValue());
      case ENTITY, OPTIONAL -> Results.single(single(rows), this.shape);
      default -> throw new IllegalStateException("Unexpected result " + this.shape);
    };
  }

  private CompletionStage<List<T>> drain(AsyncResultSet rs, List<T> into) {
    rs.currentPage().forEach((row) -> add(into, row));
    return rs.hasMorePages() ? rs.fetchNextPage().thenCompose((next) -> drain(next, into))
        : CompletableFuture.completedFuture(into);
  }

  private CoodieSlice<T> page(ResultSet rs, Pageable pageable) {
    List<T> items = new ArrayList<>();
    for (int i = rs.getAvailableWithoutFetching(); i > 0; i--) {
      add(items, rs.one());
    }
    return slice(items, pageable, rs.getExecutionInfo().getSafePagingState());
  }

  private CoodieSlice<T> pageAsync(AsyncResultSet rs, Pageable pageable) {
    List<T> items = new ArrayList<>();
    rs.currentPage().forEach((row) -> add(items, row));
    return slice(items, pageable, rs.getExecutionInfo().getSafePagingState());
  }

  private static <T> CoodieSlice<T> slice(List<T> items, Pageable pageable, PagingState state) {
    return new CoodieSlice<>(items, pageable, state == null ? null : state.toString());
  }

  private Optional<T> single(Iterator<Row> rows) {
    if (!rows.hasNext()) {
      return Optional.empty();
    }
    T found = decode(rows.next());
    if (rows.hasNext()) {
      throw new IllegalStateException(InvalidRepositoryMethodException.describe(this.method.method())
          + " returns one entity but its statement matched more rows: " + this.parsed.cql());
    }
    return Optional.ofNullable(found);
  }

  private List<T> decodeAll(Iterator<Row> rows) {
    List<T> all = new ArrayList<>();
    rows.forEachRemaining((row) -> add(all, row));
    return all;
  }

  private void add(List<T> into, Row row) {
    T entity = decode(row);
    if (entity != null) {
      into.add(entity);
    }
  }

  private T decode(Row row) {
    return this.context.information().fromRow(row);
  }

  /** A conditional statement of a void method that was not applied fails as coodie-core's writes do. */
  private void applied(boolean applied, Row row) {
    if (!applied) {
      Map<String, Object> existing = new LinkedHashMap<>();
      if (row != null) {
        for (int i = 0; i < row.getColumnDefinitions().size(); i++) {
          String name = row.getColumnDefinitions().get(i).getName().asInternal();
          if (!"[applied]".equals(name)) {
            existing.put(name, row.getObject(i));
          }
        }
      }
      // names only: the values may be personal data, and messages get logged
      throw new LwtException("Conditional statement of " + InvalidRepositoryMethodException.describe(
          this.method.method()) + " was not applied: " + this.parsed.cql() + ". "
          + LwtException.describeCurrentValues(existing.keySet()), existing, null);
    }
  }

  @Override
  public CoodieQueryMethod getQueryMethod() {
    return this.method;
  }

  /** The statement as prepared (markers rewritten to {@code ?}). */
  String cql() {
    return this.parsed.cql();
  }
}
