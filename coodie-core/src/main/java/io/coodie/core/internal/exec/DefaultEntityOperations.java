package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Query;
import io.coodie.core.internal.cql.Assignment;
import io.coodie.core.internal.cql.DeleteSpec;
import io.coodie.core.internal.cql.InsertSpec;
import io.coodie.core.internal.cql.Marker;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import io.coodie.core.internal.cql.SelectSpec;
import io.coodie.core.internal.cql.StatementSpec;
import io.coodie.core.internal.cql.TableRef;
import io.coodie.core.internal.cql.UpdateSpec;
import io.coodie.core.internal.mapping.EntityMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/** The {@link EntityOperations} of one entity type, with one set of write and request options. */
final class DefaultEntityOperations<T> implements EntityOperations<T> {

  final CoodieContext context;
  final EntityMetadata<T> metadata;
  final EntityMapper<T> mapper;
  final TableRef table;
  private final Integer ttl;
  private final Long timestamp;
  final StatementOptions options;
  private final SelectSpec getSpec;
  private final InsertSpec insertSpec;
  private final UpdateSpec updateSpec;
  private final DeleteSpec deleteSpec;

  private DefaultEntityOperations(CoodieContext context, EntityMetadata<T> metadata, EntityMapper<T> mapper,
      Integer ttl, Long timestamp, StatementOptions options) {
    this.context = context;
    this.metadata = metadata;
    this.mapper = mapper;
    this.table = new TableRef(metadata.keyspace().orElse(null), metadata.table());
    this.ttl = ttl;
    this.timestamp = timestamp;
    this.options = options;
    List<Relation> byKey = metadata.primaryKey().stream()
        .<Relation>map(c -> new Relation.OnColumn(c.name(), Operator.EQ)).toList();
    List<CqlIdentifier> all = metadata.columns().stream().map(ColumnMetadata::name).toList();
    this.getSpec = new SelectSpec(table, SelectSpec.Projection.COLUMNS, all, byKey, List.of(), false, false, false);
    List<CqlIdentifier> writable = metadata.columns().stream().filter(c -> !c.isCounter())
        .map(ColumnMetadata::name).toList();
    this.insertSpec = metadata.isCounterTable() ? null
        : new InsertSpec(table, writable, false, ttl != null, timestamp != null);
    List<Assignment> set = metadata.regularColumns().stream().filter(c -> !c.isCounter())
        .map(c -> new Assignment(c.name(), Assignment.Kind.SET)).toList();
    this.updateSpec = set.isEmpty() ? null
        : new UpdateSpec(table, set, byKey, List.of(), false, ttl != null, timestamp != null);
    this.deleteSpec = new DeleteSpec(table, List.of(), byKey, List.of(), false, timestamp != null);
  }

  static <T> DefaultEntityOperations<T> create(CoodieContext context, EntityMetadata<T> metadata) {
    return new DefaultEntityOperations<>(context, metadata, EntityMapper.of(metadata.javaType()), null, null,
        StatementOptions.DEFAULTS);
  }

  private DefaultEntityOperations<T> with(Integer newTtl, Long newTimestamp, StatementOptions newOptions) {
    return new DefaultEntityOperations<>(context, metadata, mapper, newTtl, newTimestamp, newOptions);
  }

  @Override
  public EntityMetadata<T> metadata() {
    return metadata;
  }

  @Override
  public Query<T> query() {
    return DefaultQuery.create(this);
  }

  @Override
  public Optional<T> get(Object... primaryKey) {
    checkKey(primaryKey);
    Row row = context.session().execute(bindKey(context.shape(metadata, getSpec), primaryKey)).one();
    return Optional.ofNullable(row).map(r -> decode(context.shape(metadata, getSpec), r));
  }

  @Override
  public CompletionStage<Optional<T>> getAsync(Object... primaryKey) {
    checkKey(primaryKey);
    return context.shapeAsync(metadata, getSpec).thenCompose(shape -> context.session()
        .executeAsync(bindKey(shape, primaryKey))
        .thenApply(rs -> Optional.ofNullable(rs.one()).map(r -> decode(shape, r))));
  }

  @Override
  public void insert(T entity) {
    context.session().execute(bindEntity(writeShape(insertSpec, "insert"), entity, true));
  }

  @Override
  public CompletionStage<Void> insertAsync(T entity) {
    return executeAsync(writeSpec(insertSpec, "insert"), entity, true);
  }

  @Override
  public void save(T entity) {
    insert(entity);
  }

  @Override
  public CompletionStage<Void> saveAsync(T entity) {
    return insertAsync(entity);
  }

  @Override
  public void update(T entity) {
    context.session().execute(bindEntity(writeShape(updateSpec, "update"), entity, false));
  }

  @Override
  public CompletionStage<Void> updateAsync(T entity) {
    return executeAsync(writeSpec(updateSpec, "update"), entity, false);
  }

  @Override
  public void delete(T entity) {
    context.session().execute(bindEntity(context.shape(metadata, deleteSpec), entity, false));
  }

  @Override
  public CompletionStage<Void> deleteAsync(T entity) {
    return executeAsync(deleteSpec, entity, false);
  }

  @Override
  public void deleteById(Object... primaryKey) {
    checkKey(primaryKey);
    context.session().execute(bindKey(context.shape(metadata, deleteSpec), primaryKey));
  }

  @Override
  public EntityOperations<T> ttl(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("ttl must be zero (no expiry) or positive, was " + seconds);
    }
    return with(seconds, timestamp, options);
  }

  @Override
  public EntityOperations<T> ttl(Duration value) {
    return ttl(Math.toIntExact(value.toSeconds()));
  }

  @Override
  public EntityOperations<T> timestamp(long micros) {
    return with(ttl, micros, options);
  }

  @Override
  public EntityOperations<T> timestamp(Instant value) {
    return timestamp(ChronoUnit.MICROS.between(Instant.EPOCH, value));
  }

  @Override
  public EntityOperations<T> consistency(ConsistencyLevel level) {
    return with(ttl, timestamp, options.withConsistency(level));
  }

  @Override
  public EntityOperations<T> serialConsistency(ConsistencyLevel level) {
    return with(ttl, timestamp, options.withSerialConsistency(level));
  }

  @Override
  public EntityOperations<T> timeout(Duration value) {
    return with(ttl, timestamp, options.withTimeout(value));
  }

  /** The value of column {@code index} of {@code entity}, read through the mapper of its runtime type. */
  @SuppressWarnings("unchecked")
  Object valueOf(T entity, int index) {
    EntityMapper<T> m = (EntityMapper<T>) mapper.forInstance(entity);
    return m.get(entity, index);
  }

  T decode(PreparedShape shape, Row row) {
    return mapper.instantiate(shape.decode(row, metadata.columns().size()));
  }

  private CompletionStage<Void> executeAsync(StatementSpec spec, T entity, boolean unsetNulls) {
    return context.shapeAsync(metadata, spec)
        .thenCompose(shape -> context.session().executeAsync(bindEntity(shape, entity, unsetNulls)))
        .thenApply(rs -> (Void) null);
  }

  private PreparedShape writeShape(StatementSpec spec, String operation) {
    return context.shape(metadata, writeSpec(spec, operation));
  }

  private StatementSpec writeSpec(StatementSpec spec, String operation) {
    if (spec != null) {
      return spec;
    }
    if (metadata.isCounterTable()) {
      throw new UnsupportedOperationException(metadata.javaType().getName() + " is a counter table: " + operation
          + " cannot write counters; increment or decrement them instead");
    }
    throw new UnsupportedOperationException(metadata.javaType().getName() + " has no non-key columns to "
        + operation + "; use insert");
  }

  private BoundStatement bindEntity(PreparedShape shape, T entity, boolean unsetNulls) {
    if (entity == null) {
      throw new IllegalArgumentException("entity must not be null");
    }
    for (ColumnMetadata key : metadata.primaryKey()) {
      if (mapper.get(entity, key.index()) == null) {
        throw new IllegalArgumentException(metadata.javaType().getName() + "." + key.propertyName()
            + " is part of the primary key and must not be null");
      }
    }
    BoundStatementBuilder b = shape.prepared.boundStatementBuilder();
    for (int i = 0; i < shape.markers.length; i++) {
      int column = shape.markerColumns[i];
      Object value = column >= 0 ? mapper.get(entity, column) : special(shape.markers[i]);
      shape.bind(b, i, value, unsetNulls);
    }
    return options.applyTo(b).setIdempotence(true).build();
  }

  private BoundStatement bindKey(PreparedShape shape, Object[] primaryKey) {
    BoundStatementBuilder b = shape.prepared.boundStatementBuilder();
    for (int i = 0; i < shape.markers.length; i++) {
      Marker m = shape.markers[i];
      Object value = m instanceof Marker.Where w ? primaryKey[w.index()] : special(m);
      shape.bind(b, i, value, false);
    }
    return options.applyTo(b).setIdempotence(true).build();
  }

  private Object special(Marker marker) {
    if (marker instanceof Marker.Ttl) {
      return ttl;
    }
    if (marker instanceof Marker.Timestamp) {
      return timestamp;
    }
    throw new IllegalStateException("No value for marker " + marker);
  }

  private void checkKey(Object[] primaryKey) {
    List<ColumnMetadata> key = metadata.primaryKey();
    if (primaryKey == null || primaryKey.length != key.size()) {
      throw new IllegalArgumentException(metadata.javaType().getName() + " has a primary key of " + key.size()
          + " values " + key.stream().map(ColumnMetadata::propertyName).toList() + ", but "
          + (primaryKey == null ? 0 : primaryKey.length) + " were given");
    }
    for (int i = 0; i < key.size(); i++) {
      if (primaryKey[i] == null) {
        throw new IllegalArgumentException(metadata.javaType().getName() + "." + key.get(i).propertyName()
            + " is part of the primary key and must not be null");
      }
    }
  }

}
