package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.PagingState;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.query.Order;
import io.coodie.core.api.query.Page;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.TokenWhere;
import io.coodie.core.api.query.Where;
import io.coodie.core.internal.cql.Marker;
import io.coodie.core.internal.cql.Ordering;
import io.coodie.core.internal.cql.SelectSpec;
import io.coodie.core.internal.cql.SelectSpec.Projection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/** The {@link Query} implementation: an immutable {@link QueryState} plus the entity's operations. */
final class DefaultQuery<T> implements Query<T> {

  private final DefaultEntityOperations<T> ops;
  private final EntityMetadata<T> metadata;
  private final QueryState state;
  /** Whether the entities read are remembered for change tracking. */
  private final boolean tracked;

  private DefaultQuery(DefaultEntityOperations<T> ops, QueryState state, boolean tracked) {
    this.ops = ops;
    this.metadata = ops.metadata;
    this.state = state;
    this.tracked = tracked;
  }

  static <T> DefaultQuery<T> create(DefaultEntityOperations<T> ops) {
    return new DefaultQuery<>(ops, new QueryState(List.of(), List.of(), List.of(), null, null, false,
        Projection.COLUMNS, ops.metadata.columns(), ops.options, List.of()), true);
  }

  String entityName() {
    return metadata.javaType().getName();
  }

  private DefaultQuery<T> with(QueryState newState) {
    return new DefaultQuery<>(ops, newState, tracked);
  }

  DefaultQuery<T> withRelation(io.coodie.core.internal.cql.Relation relation, Object... parts) {
    return with(state.withRelation(relation, parts));
  }

  DefaultQuery<T> withNotEqual(ColumnMetadata column, Object value) {
    return with(state.withNotEqual(new QueryState.NotEqual(column, value)));
  }

  @Override
  public Where<T> where(String property) {
    return new DefaultWhere<>(this, metadata.column(property));
  }

  @Override
  public TokenWhere<T> whereToken() {
    return new DefaultTokenWhere<>(this, metadata.partitionKey());
  }

  @Override
  public Query<T> orderBy(String property, Order order) {
    ColumnMetadata column = metadata.column(property);
    return with(state.withOrdering(new Ordering(column.name(),
        order == Order.DESC ? ClusteringOrder.DESC : ClusteringOrder.ASC)));
  }

  @Override
  public Query<T> limit(int limit) {
    return with(state.withLimit(positive("limit", limit)));
  }

  @Override
  public Query<T> perPartitionLimit(int limit) {
    return with(state.withPerPartitionLimit(positive("perPartitionLimit", limit)));
  }

  @Override
  public Query<T> allowFiltering() {
    return with(state.withAllowFiltering());
  }

  @Override
  public Query<T> untracked() {
    return new DefaultQuery<>(ops, state, false);
  }

  @Override
  public Query<T> distinct() {
    List<ColumnMetadata> columns = new ArrayList<>(metadata.partitionKey());
    metadata.columns().stream().filter(c -> c.kind() == ColumnKind.STATIC).forEach(columns::add);
    return with(state.withColumns(Projection.DISTINCT, columns));
  }

  @Override
  public Query<T> only(String... properties) {
    Set<ColumnMetadata> wanted = new LinkedHashSet<>(metadata.primaryKey());
    Arrays.stream(properties).map(metadata::column).forEach(wanted::add);
    return with(state.withColumns(state.projection(),
        metadata.columns().stream().filter(wanted::contains).toList()));
  }

  @Override
  public Query<T> defer(String... properties) {
    Set<ColumnMetadata> deferred = new LinkedHashSet<>();
    for (String property : properties) {
      ColumnMetadata column = metadata.column(property);
      if (column.kind() == ColumnKind.PARTITION_KEY || column.kind() == ColumnKind.CLUSTERING) {
        throw new IllegalArgumentException("Cannot defer " + metadata.javaType().getName() + "." + property
            + ": primary key columns are always selected");
      }
      deferred.add(column);
    }
    return with(state.withColumns(state.projection(),
        state.columns().stream().filter(c -> !deferred.contains(c)).toList()));
  }

  @Override
  public Query<T> consistency(ConsistencyLevel level) {
    return with(state.withOptions(state.options().withConsistency(level)));
  }

  @Override
  public Query<T> serialConsistency(ConsistencyLevel level) {
    return with(state.withOptions(state.options().withSerialConsistency(level)));
  }

  @Override
  public Query<T> timeout(Duration timeout) {
    return with(state.withOptions(state.options().withTimeout(timeout)));
  }

  @Override
  public Query<T> pageSize(int pageSize) {
    return with(state.withOptions(state.options().withPageSize(pageSize)));
  }

  @Override
  public List<T> list() {
    return timed(() -> {
      if (clientFiltered()) {
        return filtered().toList();
      }
      PreparedShape shape = shape(spec(state.projection(), state.columns(), state.limit() != null));
      List<T> out = new ArrayList<>();
      for (Row row : ops.context.session().execute(bind(shape, state.limit()))) {
        out.add(ops.decode(shape, row, tracked));
      }
      return out;
    });
  }

  @Override
  public Stream<T> stream() {
    return timed(() -> {
      if (clientFiltered()) {
        return filtered();
      }
      PreparedShape shape = shape(spec(state.projection(), state.columns(), state.limit() != null));
      ResultSet rows = ops.context.session().execute(bind(shape, state.limit()));
      return StreamSupport.stream(rows.spliterator(), false).map(row -> ops.decode(shape, row, tracked));
    });
  }

  @Override
  public Optional<T> first() {
    return timed(() -> {
      if (clientFiltered()) {
        return filtered().findFirst();
      }
      PreparedShape shape = shape(spec(state.projection(), state.columns(), true));
      Row row = ops.context.session().execute(bind(shape, 1)).one();
      return Optional.ofNullable(row).map(r -> ops.decode(shape, r, tracked));
    });
  }

  @Override
  public Optional<T> one() {
    return timed(() -> {
      if (clientFiltered()) {
        List<T> found = filtered().limit(2).toList();
        checkSingle(found.size());
        return found.stream().findFirst();
      }
      PreparedShape shape = shape(spec(state.projection(), state.columns(), true));
      return single(shape, ops.context.session().execute(bind(shape, oneLimit())).all());
    });
  }

  @Override
  public long count() {
    return timed(() -> {
      if (clientFiltered()) {
        return filtered().count();
      }
      if (state.projection() == Projection.DISTINCT) {
        PreparedShape shape = shape(distinctCountSpec());
        long partitions = 0;
        for (Row ignored : ops.context.session().execute(bind(shape, state.limit()))) {
          partitions++;
        }
        return partitions;
      }
      PreparedShape shape = shape(countSpec());
      return ops.context.session().execute(bind(shape, state.limit())).one().getLong(0);
    });
  }

  @Override
  public boolean exists() {
    return timed(() -> {
      if (clientFiltered()) {
        return filtered().findFirst().isPresent();
      }
      PreparedShape shape = shape(spec(Projection.COLUMNS, metadata.primaryKey(), true));
      return ops.context.session().execute(bind(shape, 1)).one() != null;
    });
  }

  @Override
  public Page<T> page(int pageSize, String pagingState) {
    return timed(() -> {
      positive("pageSize", pageSize);
      refusePagingWithClientFilters();
      PreparedShape shape = shape(spec(state.projection(), state.columns(), state.limit() != null));
      ResultSet rs = ops.context.session().execute(pageStatement(shape, pageSize, pagingState));
      List<T> items = new ArrayList<>(rs.getAvailableWithoutFetching());
      for (int i = rs.getAvailableWithoutFetching(); i > 0; i--) {
        T entity = ops.decode(shape, rs.one(), tracked);
        if (entity != null) {
          items.add(entity);
        }
      }
      return new Page<>(items, Optional.ofNullable(rs.getExecutionInfo().getSafePagingState())
          .map(PagingState::toString));
    });
  }

  @Override
  public CompletionStage<List<T>> listAsync() {
    return timedAsync(() -> {
      List<T> out = new ArrayList<>();
      return forEachUntimed(out::add).thenApply(v -> out);
    });
  }

  @Override
  public CompletionStage<Optional<T>> firstAsync() {
    return timedAsync(() -> {
      if (clientFiltered()) {
        return filteredAsync(1).thenApply(found -> found.stream().findFirst());
      }
      return shapeAsync(spec(state.projection(), state.columns(), true))
          .thenCompose(shape -> ops.context.session().executeAsync(bind(shape, 1))
              .thenApply(rs -> Optional.ofNullable(rs.one()).map(r -> ops.decode(shape, r, tracked))));
    });
  }

  @Override
  public CompletionStage<Optional<T>> oneAsync() {
    return timedAsync(() -> {
      if (clientFiltered()) {
        return filteredAsync(2).thenApply(found -> {
          checkSingle(found.size());
          return found.stream().findFirst();
        });
      }
      return shapeAsync(spec(state.projection(), state.columns(), true))
          .thenCompose(shape -> ops.context.session().executeAsync(bind(shape, oneLimit()))
              .thenApply(rs -> {
                List<Row> rows = new ArrayList<>();
                rs.currentPage().forEach(rows::add);
                return single(shape, rows);
              }));
    });
  }

  @Override
  public CompletionStage<Long> countAsync() {
    return timedAsync(() -> {
      if (clientFiltered()) {
        return filteredAsync(Integer.MAX_VALUE).thenApply(found -> (long) found.size());
      }
      if (state.projection() == Projection.DISTINCT) {
        long[] partitions = {0};
        return shapeAsync(distinctCountSpec())
            .thenCompose(shape -> ops.context.session().executeAsync(bind(shape, state.limit()))
                .thenCompose(rs -> drain(shape, rs, row -> partitions[0]++, () -> true)))
            .thenApply(v -> partitions[0]);
      }
      return shapeAsync(countSpec())
          .thenCompose(shape -> ops.context.session().executeAsync(bind(shape, state.limit())))
          .thenApply(rs -> rs.one().getLong(0));
    });
  }

  @Override
  public CompletionStage<Page<T>> pageAsync(int pageSize, String pagingState) {
    return timedAsync(() -> {
      positive("pageSize", pageSize);
      refusePagingWithClientFilters();
      return shapeAsync(spec(state.projection(), state.columns(), state.limit() != null))
          .thenCompose(shape -> ops.context.session().executeAsync(pageStatement(shape, pageSize, pagingState))
              .thenApply(rs -> {
                List<T> items = new ArrayList<>(rs.remaining());
                rs.currentPage().forEach(row -> {
                  T entity = ops.decode(shape, row, tracked);
                  if (entity != null) {
                    items.add(entity);
                  }
                });
                return new Page<>(items, Optional.ofNullable(rs.getExecutionInfo().getSafePagingState())
                    .map(PagingState::toString));
              }));
    });
  }

  @Override
  public CompletionStage<Void> forEachAsync(Consumer<? super T> action) {
    return timedAsync(() -> forEachUntimed(action));
  }

  private CompletionStage<Void> forEachUntimed(Consumer<? super T> action) {
    if (clientFiltered()) {
      return filteredAsync(state.limit() == null ? Integer.MAX_VALUE : state.limit())
          .thenAccept(found -> found.forEach(action));
    }
    return shapeAsync(spec(state.projection(), state.columns(), state.limit() != null))
        .thenCompose(shape -> ops.context.session().executeAsync(bind(shape, state.limit()))
            .thenCompose(rs -> drain(shape, rs, row -> action.accept(ops.decode(shape, row, tracked)), () -> true)));
  }

  @Override
  public io.coodie.core.api.query.Update<T> update() {
    return new DefaultUpdate<>(ops, writeState("update()"));
  }

  @Override
  public io.coodie.core.api.query.Delete<T> delete() {
    return ops.deletion(writeState("delete()"));
  }

  private WriteState writeState(String operation) {
    if (!state.notEqual().isEmpty() || !state.orderBy().isEmpty() || state.limit() != null || state.perPartitionLimit() != null
        || state.allowFiltering() || state.where().stream().anyMatch(r -> !(r instanceof
            io.coodie.core.internal.cql.Relation.OnColumn))) {
      throw new IllegalArgumentException(operation + " of " + entityName() + " takes a query restricted by eq, in"
          + " or ranges on key columns only: no ne, token, map entry, order, limit or allowFiltering");
    }
    return WriteState.of(state.where(), state.values(), state.options());
  }

  @Override
  public String cql() {
    validate();
    return spec(state.projection(), state.columns(), state.limit() != null).render().cql();
  }

  @Override
  public String toString() {
    return "Query<" + metadata.javaType().getSimpleName() + ">[" + cql() + "]";
  }

  private CompletionStage<Void> drain(PreparedShape shape, AsyncResultSet rs, Consumer<Row> action,
      java.util.function.BooleanSupplier wantsMore) {
    for (Row row : rs.currentPage()) {
      action.accept(row);
    }
    if (!rs.hasMorePages() || !wantsMore.getAsBoolean()) {
      return CompletableFuture.completedFuture(null);
    }
    return rs.fetchNextPage().thenCompose(next -> drain(shape, next, action, wantsMore));
  }

  // --- ne: Cassandra 5.0 and ScyllaDB reject != in WHERE, so coodie filters the rows it reads.

  private boolean clientFiltered() {
    return !state.notEqual().isEmpty() || ops.filtersSubtypes();
  }

  private void refusePagingWithClientFilters() {
    if (!state.notEqual().isEmpty()) {
      throw new UnsupportedOperationException("page() cannot be combined with ne() on " + entityName()
          + ": ne is evaluated by coodie after reading, so server paging states would skip or repeat rows."
          + " Use stream() or list(), or restrict the query without ne.");
    }
  }

  private boolean keep(T entity) {
    if (entity == null) {
      return false;
    }
    for (QueryState.NotEqual ne : state.notEqual()) {
      if (java.util.Objects.deepEquals(ops.valueOf(entity, ne.column().index()), ne.value())) {
        return false;
      }
    }
    return true;
  }

  private SelectSpec filteredSpec() {
    Set<ColumnMetadata> columns = new LinkedHashSet<>(state.columns());
    state.notEqual().forEach(ne -> columns.add(ne.column()));
    return spec(state.projection(), metadata.columns().stream().filter(columns::contains).toList(), false);
  }

  private Stream<T> filtered() {
    PreparedShape shape = shape(filteredSpec());
    ResultSet rows = ops.context.session().execute(bind(shape, null));
    Stream<T> kept = StreamSupport.stream(rows.spliterator(), false).map(row -> ops.decode(shape, row, tracked))
        .filter(this::keep);
    return state.limit() == null ? kept : kept.limit(state.limit());
  }

  private CompletionStage<List<T>> filteredAsync(int max) {
    int cap = state.limit() == null ? max : Math.min(max, state.limit());
    List<T> found = new ArrayList<>();
    return shapeAsync(filteredSpec())
        .thenCompose(shape -> ops.context.session().executeAsync(bind(shape, null))
            .thenCompose(rs -> drain(shape, rs, row -> {
              T entity = ops.decode(shape, row, tracked);
              if (found.size() < cap && keep(entity)) {
                found.add(entity);
              }
            }, () -> found.size() < cap)))
        .thenApply(v -> found);
  }

  private Optional<T> single(PreparedShape shape, List<Row> rows) {
    checkSingle(rows.size());
    return rows.stream().findFirst().map(r -> ops.decode(shape, r, tracked));
  }

  private void checkSingle(int found) {
    if (found > 1) {
      throw new IllegalStateException("Expected at most one " + metadata.javaType().getName()
          + " but the query matched more: " + cql() + ". Use first() or list(), or restrict the query further.");
    }
  }

  private int oneLimit() {
    return state.limit() == null ? 2 : Math.min(state.limit(), 2);
  }

  private BoundStatement pageStatement(PreparedShape shape, int pageSize, String pagingState) {
    BoundStatement statement = bind(shape, state.limit()).setPageSize(pageSize);
    if (pagingState == null) {
      return statement;
    }
    try {
      return statement.setPagingState(PagingState.fromString(pagingState), ops.context.session());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("The paging state does not belong to this query of "
          + metadata.javaType().getName() + " (or is malformed): " + e.getMessage(), e);
    }
  }

  private SelectSpec countSpec() {
    checkNotEqual();
    return new SelectSpec(ops.table, Projection.COUNT, List.of(), state.where(), List.of(), state.limit() != null,
        state.perPartitionLimit() != null, state.allowFiltering());
  }

  /**
   * {@code SELECT DISTINCT} of the partition key: Cassandra has no count of distinct partitions ({@code count(*)}
   * counts rows), so {@link #count()} of a distinct query counts the partitions it reads, page by page.
   */
  private SelectSpec distinctCountSpec() {
    return spec(Projection.DISTINCT, metadata.partitionKey(), state.limit() != null);
  }

  private SelectSpec spec(Projection projection, List<ColumnMetadata> columns, boolean limited) {
    checkNotEqual();
    List<ColumnMetadata> selected = columns;
    if (metadata.polymorphism().isPresent() && projection == Projection.COLUMNS) {
      ColumnMetadata discriminator = metadata.polymorphism().get().discriminatorColumn();
      if (!columns.contains(discriminator)) {
        Set<ColumnMetadata> withDiscriminator = new LinkedHashSet<>(columns);
        withDiscriminator.add(discriminator);
        selected = metadata.columns().stream().filter(withDiscriminator::contains).toList();
      }
    }
    return new SelectSpec(ops.table, projection, selected == metadata.columns() ? ops.columnNames
        : selected.stream().map(ColumnMetadata::name).toList(),
        state.where(), state.orderBy(), limited, state.perPartitionLimit() != null, state.allowFiltering());
  }

  /** The client-side checks of the query's shape: run before a shape is first prepared (or rendered by cql()). */
  private void validate() {
    QueryValidator.validate(metadata, state.where(), state.orderBy(), state.allowFiltering());
  }

  private void checkNotEqual() {
    if (!state.notEqual().isEmpty() && !state.allowFiltering()) {
      QueryState.NotEqual first = state.notEqual().get(0);
      throw new io.coodie.core.api.QueryValidationException("ne() on " + entityName() + "."
          + first.column().propertyName() + " needs allowFiltering(): coodie evaluates it on the rows it reads"
          + " (Cassandra 5.0 and ScyllaDB reject != in WHERE), so it reads rows it does not return.", true);
    }
  }

  private PreparedShape shape(SelectSpec spec) {
    return ops.context.shape(metadata, spec, this::validate);
  }

  private CompletableFuture<PreparedShape> shapeAsync(SelectSpec spec) {
    CompletableFuture<PreparedShape> shape = ops.context.shapeAsync(metadata, spec, this::validate);
    if (tracked && spec.projection() != Projection.COUNT && spec.columns().size() < metadata.columns().size()) {
      // entities of a partial read are tracked with the codecs of the columns not read too: the get shape has them
      return shape.thenCombine(ops.getShapeAsync(), (partial, all) -> partial);
    }
    return shape;
  }

  private BoundStatement bind(PreparedShape shape, Integer limit) {
    BoundStatementBuilder b = shape.prepared.boundStatementBuilder();
    for (int i = 0; i < shape.markers.length; i++) {
      Marker m = shape.markers[i];
      Object value;
      if (m instanceof Marker.Where w) {
        value = state.values().get(w.index())[w.part()];
      } else if (m instanceof Marker.Limit) {
        value = limit;
      } else if (m instanceof Marker.PerPartitionLimit) {
        value = state.perPartitionLimit();
      } else {
        throw new IllegalStateException("No value for marker " + m);
      }
      shape.bind(b, i, value, false);
    }
    return state.options().applyTo(b).setIdempotence(true).build();
  }

  private <R> R timed(java.util.function.Supplier<R> body) {
    return Timing.call(ops.context, metadata.javaType(), Operation.QUERY, body);
  }

  private <R> CompletionStage<R> timedAsync(java.util.function.Supplier<? extends CompletionStage<R>> body) {
    return Timing.async(ops.context, metadata.javaType(), Operation.QUERY, body);
  }

  // ---------------------------------------------------------------- for the reactive API (ReactiveSupport)

  /**
   * Asynchronously, what a page-by-page read of this query sends and how each row becomes an entity: the shape,
   * binding and decoding of {@link #stream()}. An invalid query throws here, before anything is sent.
   */
  CompletableFuture<RowSource<T>> rowSourceAsync() {
    if (clientFiltered()) {
      return shapeAsync(filteredSpec()).thenApply(shape -> new RowSource<>(ops.context.session(), bind(shape, null),
          row -> {
            T entity = ops.decode(shape, row, tracked);
            return keep(entity) ? entity : null;
          }, state.limit()));
    }
    return shapeAsync(spec(state.projection(), state.columns(), state.limit() != null))
        .thenApply(shape -> new RowSource<>(ops.context.session(), bind(shape, state.limit()),
            row -> ops.decode(shape, row, tracked), null));
  }

  /** The operations this query reads through. */
  DefaultEntityOperations<T> operations() {
    return ops;
  }

  /** Asynchronous {@link #exists()}: the same statement. */
  CompletionStage<Boolean> existsAsync() {
    return timedAsync(() -> {
      if (clientFiltered()) {
        return filteredAsync(1).thenApply(found -> !found.isEmpty());
      }
      return ops.context.shapeAsync(metadata, spec(Projection.COLUMNS, metadata.primaryKey(), true), this::validate)
          .thenCompose(shape -> ops.context.session().executeAsync(bind(shape, 1)))
          .thenApply(rs -> rs.one() != null);
    });
  }

  private static int positive(String name, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(name + " must be positive, was " + value);
    }
    return value;
  }
}
