package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.PolymorphismMetadata;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Update;
import io.coodie.core.internal.cql.Assignment;
import io.coodie.core.internal.cql.Condition;
import io.coodie.core.internal.cql.InsertSpec;
import io.coodie.core.internal.cql.Marker;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import io.coodie.core.internal.cql.SelectSpec;
import io.coodie.core.internal.cql.TableRef;
import io.coodie.core.internal.mapping.EntityMapper;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The {@link EntityOperations} of one entity type, with one set of write and request options. */
final class DefaultEntityOperations<T> implements EntityOperations<T> {

  final CoodieContext context;
  final EntityMetadata<T> metadata;
  final EntityMapper<T> mapper;
  final TableRef table;
  final StatementOptions options;
  /** The names of all columns, in entity order. */
  final List<com.datastax.oss.driver.api.core.CqlIdentifier> columnNames;
  private final WriteOptions write;
  private final List<Relation> byKey;
  private final List<Relation> byPartition;
  private final SelectSpec getSpec;
  private final InsertSpec insertSpec;
  /** The prepared shapes of getSpec and insertSpec once known: saves the shape cache lookup on every call. */
  private volatile PreparedShape getShape;
  private volatile PreparedShape insertShape;

  private DefaultEntityOperations(CoodieContext context, EntityMetadata<T> metadata, EntityMapper<T> mapper,
      StatementOptions options, WriteOptions write) {
    this.context = context;
    this.metadata = metadata;
    this.mapper = mapper;
    this.table = new TableRef(metadata.keyspace().orElse(null), metadata.table());
    this.options = options;
    this.write = write;
    this.columnNames = metadata.columns().stream().map(ColumnMetadata::name).toList();
    this.byKey = eq(metadata.primaryKey());
    this.byPartition = eq(metadata.partitionKey());
    this.getSpec = new SelectSpec(table, SelectSpec.Projection.COLUMNS, columnNames, byKey, List.of(), false, false,
        false);
    this.insertSpec = metadata.isCounterTable() ? null : new InsertSpec(table,
        metadata.columns().stream().filter(c -> !c.isCounter()).map(ColumnMetadata::name).toList(),
        write.ifNotExists(), write.ttl() != null, write.timestamp() != null);
  }

  static <T> DefaultEntityOperations<T> create(CoodieContext context, EntityMetadata<T> metadata) {
    return new DefaultEntityOperations<>(context, metadata, EntityMapper.of(metadata.javaType()),
        StatementOptions.DEFAULTS, WriteOptions.NONE);
  }

  private static List<Relation> eq(List<ColumnMetadata> columns) {
    return columns.stream().<Relation>map(c -> new Relation.OnColumn(c.name(), Operator.EQ)).toList();
  }

  private DefaultEntityOperations<T> with(StatementOptions newOptions, WriteOptions newWrite) {
    return new DefaultEntityOperations<>(context, metadata, mapper, newOptions, newWrite);
  }

  String entityName() {
    return metadata.javaType().getName();
  }

  // ---------------------------------------------------------------- reads

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
    return Timing.call(context, metadata.javaType(), Operation.GET, () -> {
      checkKey(primaryKey);
      PreparedShape shape = getShape();
      Row row = context.session().execute(bindKey(shape, primaryKey)).one();
      return Optional.ofNullable(row).map(r -> decode(shape, r, true));
    });
  }

  @Override
  public CompletionStage<Optional<T>> getAsync(Object... primaryKey) {
    return Timing.async(context, metadata.javaType(), Operation.GET, () -> {
      checkKey(primaryKey);
      return context.shapeAsync(metadata, getSpec).thenCompose(shape -> context.session()
          .executeAsync(bindKey(shape, primaryKey))
          .thenApply(rs -> Optional.ofNullable(rs.one()).map(r -> decode(shape, r, true))));
    });
  }

  @Override
  public T fromRow(Row row) {
    com.datastax.oss.driver.api.core.cql.ColumnDefinitions definitions = row.getColumnDefinitions();
    int columns = metadata.columns().size();
    Object[] values = new Object[columns];
    ByteBuffer[] bytes = new ByteBuffer[columns];
    boolean[] known = new boolean[columns];
    for (int j = 0; j < definitions.size(); j++) {
      Optional<ColumnMetadata> column = metadata.columnByName(definitions.get(j).getName());
      if (column.isPresent()) {
        int i = column.get().index();
        TypeCodec<Object> codec = context.codecs().codecFor(definitions.get(j).getType(),
            new ValueType.OfColumn(column.get(), ValueType.Part.VALUE));
        bytes[i] = row.getBytesUnsafe(j);
        try {
          values[i] = codec.decode(bytes[i] == null ? null : bytes[i].duplicate(), row.protocolVersion());
        } catch (RuntimeException e) {
          throw PreparedShape.unreadable(metadata, column.get(), e);
        }
        known[i] = true;
      }
    }
    if (!ofThisType(values)) {
      return null;
    }
    T entity = instantiate(values);
    context.tracker().putNew(entity, readSnapshot(entity, bytes, known, getShape().columnCodecs));
    return entity;
  }

  @Override
  public Object valueOf(T entity, String property) {
    return valueOf(entity, metadata.column(property).index());
  }

  /**
   * Builds the entity of a row (of the subtype its discriminator names) and remembers what was read; null for a
   * row of a sibling subtype when this is a polymorphic subtype's operations.
   */
  T decode(PreparedShape shape, Row row, boolean track) {
    int columns = metadata.columns().size();
    Object[] values = new Object[columns];
    ByteBuffer[] bytes = new ByteBuffer[columns];
    shape.decode(row, values, bytes);
    if (!ofThisType(values)) {
      return null;
    }
    T entity = instantiate(values);
    if (track) {
      context.tracker().putNew(entity, readSnapshot(entity, bytes, shape.selected, trackingCodecs(shape)));
    }
    return entity;
  }

  /**
   * The snapshot of an entity just built from a row: the row's values of the {@code read} columns, except that a
   * null column the entity holds a value for (a primitive's zero, a field's initial value) is recorded as that
   * value, which is what the row reads as; and for the columns not read, the entity's values as baselines.
   */
  private Snapshot readSnapshot(T entity, ByteBuffer[] bytes, boolean[] read, TypeCodec<Object>[] codecs) {
    EntityMapper<T> m = null;
    ProtocolVersion version = null;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] != null) {
        continue;
      }
      if (m == null) {
        m = mapperOf(entity);
        version = context.session().getContext().getProtocolVersion();
      }
      Object value = m.isMapped(i) ? m.get(entity, i) : null;
      if (value != null && !isEmptyCollection(value)) {
        bytes[i] = codecs[i].encode(value, version);
      }
    }
    return Snapshot.of(bytes, read, codecs);
  }

  /** The codecs to track the entities a shape reads with: its own, and the get shape's for columns it does not read. */
  private TypeCodec<Object>[] trackingCodecs(PreparedShape shape) {
    TypeCodec<Object>[] codecs = shape.trackingCodecs;
    if (codecs == null) {
      codecs = shape.columnCodecs;
      for (int i = 0; i < codecs.length; i++) {
        if (!shape.selected[i]) {
          // a partial read: DefaultQuery has the get shape prepared before it decodes, so this does not block
          if (codecs == shape.columnCodecs) {
            codecs = codecs.clone();
          }
          codecs[i] = getShape().columnCodecs[i];
        }
      }
      shape.trackingCodecs = codecs;
    }
    return codecs;
  }

  /** Whether this subtype's operations own a row, by its discriminator (always true without polymorphism). */
  private boolean ofThisType(Object[] values) {
    Optional<PolymorphismMetadata> polymorphism = metadata.polymorphism();
    if (polymorphism.isEmpty() || polymorphism.get().isBase()) {
      return true;
    }
    Object discriminator = values[polymorphism.get().discriminatorColumn().index()];
    return discriminator != null && polymorphism.get().assignableValues().contains(discriminator);
  }

  /** Whether queries must drop rows of sibling subtypes. */
  boolean filtersSubtypes() {
    return metadata.polymorphism().map(p -> !p.isBase()).orElse(false);
  }

  T instantiate(Object[] values) {
    Optional<PolymorphismMetadata> polymorphism = metadata.polymorphism();
    if (polymorphism.isPresent()) {
      Object discriminator = values[polymorphism.get().discriminatorColumn().index()];
      if (discriminator != null) {
        return mapper.forDiscriminator((String) discriminator).instantiate(values);
      }
    }
    return mapper.instantiate(values);
  }

  /** The value of column {@code index} of {@code entity}, read through the mapper of its runtime type. */
  Object valueOf(T entity, int index) {
    return mapperOf(entity).get(entity, index);
  }

  @SuppressWarnings("unchecked")
  private EntityMapper<T> mapperOf(T entity) {
    return (EntityMapper<T>) mapper.forInstance(entity);
  }

  // ---------------------------------------------------------------- writes

  @Override
  public void insert(T entity) {
    Timing.run(context, metadata.javaType(), Operation.INSERT, () -> execute(insertWrite(entity)));
  }

  @Override
  public CompletionStage<Void> insertAsync(T entity) {
    return Timing.async(context, metadata.javaType(), Operation.INSERT, () -> executeAsync(insertWrite(entity)));
  }

  @Override
  public void save(T entity) {
    Timing.run(context, metadata.javaType(), Operation.SAVE, () -> execute(saveWrite(entity)));
  }

  @Override
  public CompletionStage<Void> saveAsync(T entity) {
    return Timing.async(context, metadata.javaType(), Operation.SAVE, () -> executeAsync(saveWrite(entity)));
  }

  @Override
  public void update(T entity) {
    Timing.run(context, metadata.javaType(), Operation.UPDATE, () -> execute(updateWrite(entity)));
  }

  @Override
  public CompletionStage<Void> updateAsync(T entity) {
    return Timing.async(context, metadata.javaType(), Operation.UPDATE, () -> executeAsync(updateWrite(entity)));
  }

  @Override
  public void update(T loaded, T changed) {
    Timing.run(context, metadata.javaType(), Operation.UPDATE,
        () -> execute(Failures.join(updateWriteAsync(loaded, changed))));
  }

  @Override
  public void delete(T entity) {
    Timing.run(context, metadata.javaType(), Operation.DELETE, () -> execute(deleteWrite(entity)));
  }

  @Override
  public CompletionStage<Void> deleteAsync(T entity) {
    return Timing.async(context, metadata.javaType(), Operation.DELETE, () -> executeAsync(deleteWrite(entity)));
  }

  @Override
  public void deleteById(Object... primaryKey) {
    Timing.run(context, metadata.javaType(), Operation.DELETE, () -> {
      checkKey(primaryKey);
      deletion(keyState(primaryKey)).executeUntimed();
    });
  }

  @Override
  public Update<T> mutate(T entity) {
    checkEntity(entity);
    EntityDiff.requireKnownKey(metadata, context.tracker().get(entity), "update");
    return new DefaultUpdate<>(this, write.applyTo(keyState(entity, byKey)));
  }

  @Override
  public Update<T> mutateById(Object... primaryKey) {
    checkKey(primaryKey);
    return new DefaultUpdate<>(this, write.applyTo(keyState(primaryKey)));
  }

  DefaultDelete<T> deletion(WriteState where) {
    return new DefaultDelete<>(this, write.applyTo(where).withTtl(null));
  }

  /** The write {@code insert} performs. */
  BatchableWrite insertWrite(T entity) {
    checkEntity(entity);
    rejectCounterWrite("insert");
    return new InsertWrite(insertSpec, entity);
  }

  /** The write {@code save} performs, or null when a tracked entity did not change. */
  BatchableWrite saveWrite(T entity) {
    rejectCounterWrite("save");
    Snapshot snapshot = context.tracker().get(checkEntity(entity));
    return snapshot == null ? insertWrite(entity) : diffWrite(entity, snapshot);
  }

  /** The write {@code update} performs, or null when there is nothing to write. */
  BatchableWrite updateWrite(T entity) {
    rejectCounterWrite("update");
    Snapshot snapshot = context.tracker().get(checkEntity(entity));
    if (snapshot != null) {
      return diffWrite(entity, snapshot);
    }
    List<EntityDiff.Change> changes = new ArrayList<>();
    EntityMapper<T> m = mapperOf(entity);
    for (ColumnMetadata column : metadata.regularColumns()) {
      Object value = m.isMapped(column.index()) && !column.isCounter() ? m.get(entity, column.index()) : null;
      if (value != null) {
        changes.add(new EntityDiff.Change(column, Assignment.Kind.SET, value));
      }
    }
    return changes.isEmpty() ? null : diffUpdate(entity, changes);
  }

  /**
   * Asynchronously the write {@code update(loaded, changed)} performs, or null when nothing differs: the checks run
   * at once (they throw), and the snapshot of an untracked {@code loaded} waits for the get shape without blocking.
   */
  CompletableFuture<BatchableWrite> updateWriteAsync(T loaded, T changed) {
    rejectCounterWrite("update");
    checkEntity(loaded);
    checkEntity(changed);
    Snapshot snapshot = context.tracker().get(loaded);
    if (snapshot != null) {
      return CompletableFuture.completedFuture(diffWrite(changed, snapshot));
    }
    return getShapeAsync().thenApply(shape -> diffWrite(changed, snapshotOf(loaded)));
  }

  /** The write {@code delete} performs. */
  BatchableWrite deleteWrite(T entity) {
    checkEntity(entity);
    EntityDiff.requireKnownKey(metadata, context.tracker().get(entity), "delete");
    return deletion(keyState(entity, byKey));
  }

  private PreparedShape getShape() {
    PreparedShape shape = getShape;
    if (shape == null) {
      shape = context.shape(metadata, getSpec);
      getShape = shape;
    }
    return shape;
  }

  /** Asynchronously the shape of {@code get}, which holds a codec for every column. */
  CompletableFuture<PreparedShape> getShapeAsync() {
    PreparedShape shape = getShape;
    if (shape != null) {
      return CompletableFuture.completedFuture(shape);
    }
    return context.shapeAsync(metadata, getSpec).thenApply(prepared -> {
      getShape = prepared;
      return prepared;
    });
  }

  private void execute(BatchableWrite w) {
    if (w == null) {
      return;
    }
    BoundStatement statement;
    try {
      statement = w.statement();
    } catch (RuntimeException e) {
      w.failed(false);
      throw e;
    }
    try {
      Writes.check(context.session().execute(statement), w.conditional(), this, "Conditional write");
    } catch (RuntimeException e) {
      w.failed(!(e instanceof LwtException));
      throw e;
    }
    w.applied();
  }

  CompletionStage<Void> executeAsync(BatchableWrite w) {
    if (w == null) {
      return CompletableFuture.completedFuture(null);
    }
    CompletableFuture<BoundStatement> statement = w.statementAsync();
    return statement.thenCompose(s -> context.session().executeAsync(s)).thenAccept(rs -> {
      Writes.check(rs, w.conditional(), this, "Conditional write");
      w.applied();
    }).whenComplete((done, error) -> {
      if (error != null) {
        w.failed(!statement.isCompletedExceptionally() && !(Failures.cause(error) instanceof LwtException));
      }
    });
  }

  /**
   * The UPDATE of a tracked entity's changes against {@code snapshot} (null if none), taken now; once applied, what
   * it bound is recorded as the entity's new state.
   */
  private BatchableWrite diffWrite(T entity, Snapshot snapshot) {
    ProtocolVersion version = context.session().getContext().getProtocolVersion();
    EntityDiff.Result diff = EntityDiff.compute(mapperOf(entity), entity, snapshot, version);
    List<EntityDiff.Change> changes = diff.changes();
    if (changes.isEmpty()) {
      if (context.tracker().get(entity) == null) {
        context.tracker().merge(entity, snapshot, diff.columns(), diff.values(), null);
      }
      return null;
    }
    DefaultUpdate<T> update = diffUpdate(entity, changes);
    return new BatchableWrite() {
      private volatile ChangeTracker.Ticket ticket;

      @Override
      public CompletableFuture<BoundStatement> statementAsync() {
        return update.statementAsync().thenApply(statement -> {
          ticket = context.tracker().start(entity, diff.columns());
          return statement;
        });
      }

      @Override
      public boolean conditional() {
        return update.conditional();
      }

      @Override
      public DefaultEntityOperations<?> operations() {
        return DefaultEntityOperations.this;
      }

      @Override
      public void applied() {
        context.tracker().merge(entity, snapshot, diff.columns(), diff.values(), ticket);
      }

      @Override
      public void failed(boolean mayHaveApplied) {
        if (ticket != null) {
          context.tracker().abandon(entity, ticket, mayHaveApplied);
        }
      }
    };
  }

  private DefaultUpdate<T> diffUpdate(T entity, List<EntityDiff.Change> changes) {
    WriteState state = write.applyTo(keyState(entity, EntityDiff.staticOnly(changes) ? byPartition : byKey));
    for (EntityDiff.Change change : changes) {
      state = state.withAssignment(new Assignment(change.column().name(),
          change.kind()), change.value());
    }
    return new DefaultUpdate<>(this, state);
  }

  /** A snapshot of an entity the application built itself, as if it had been read. */
  private Snapshot snapshotOf(T entity) {
    PreparedShape shape = getShape();
    ProtocolVersion version = context.session().getContext().getProtocolVersion();
    Snapshot.Builder snapshot = Snapshot.builder(metadata.columns().size());
    EntityMapper<T> m = mapperOf(entity);
    for (ColumnMetadata column : metadata.columns()) {
      if (m.isMapped(column.index())) {
        snapshot.record(column.index(), m.get(entity, column.index()), shape.columnCodecs[column.index()], version);
      }
    }
    return snapshot.build();
  }

  private WriteState keyState(T entity, List<Relation> relations) {
    EntityMapper<T> m = mapperOf(entity);
    List<Object[]> values = new ArrayList<>(relations.size());
    for (int i = 0; i < relations.size(); i++) {
      values.add(new Object[] {m.get(entity, metadata.primaryKey().get(i).index())});
    }
    return WriteState.of(relations, values, options);
  }

  WriteState keyState(Object[] primaryKey) {
    List<Object[]> values = new ArrayList<>(primaryKey.length);
    for (Object value : primaryKey) {
      values.add(new Object[] {value});
    }
    return WriteState.of(byKey, values, options);
  }

  /** One INSERT of an entity: binds its mapped, non-null columns and remembers what it wrote. */
  private final class InsertWrite implements BatchableWrite {
    final InsertSpec spec;
    final T entity;
    private volatile BoundStatement bound;
    private PreparedShape shape;
    private volatile ChangeTracker.Ticket ticket;

    /** Binds at once when the shape is prepared, so the entity's values are taken when the write is created. */
    InsertWrite(InsertSpec spec, T entity) {
      this.spec = spec;
      this.entity = entity;
      PreparedShape known = insertShape;
      if (known != null) {
        bind(known);
      }
    }

    @Override
    public CompletableFuture<BoundStatement> statementAsync() {
      if (bound != null) {
        return CompletableFuture.completedFuture(sent());
      }
      PreparedShape known = insertShape;
      if (known != null) {
        bind(known);
        return CompletableFuture.completedFuture(sent());
      }
      return context.shapeAsync(metadata, spec).thenApply(prepared -> {
        insertShape = prepared;
        bind(prepared);
        return sent();
      });
    }

    @Override
    public BoundStatement statement() {
      if (bound == null) {
        PreparedShape known = insertShape;
        if (known == null) {
          known = context.shape(metadata, spec);
          insertShape = known;
        }
        bind(known);
      }
      return sent();
    }

    /** The bound statement, now about to be sent: its columns are registered as being written. */
    private BoundStatement sent() {
      if (ticket == null) {
        int[] columns = new int[shape.markers.length];
        int count = 0;
        for (int i = 0; i < shape.markers.length; i++) {
          if (shape.markerColumns[i] >= 0 && bound.isSet(i)) {
            columns[count++] = shape.markerColumns[i];
          }
        }
        ticket = context.tracker().start(entity, java.util.Arrays.copyOf(columns, count));
      }
      return bound;
    }

    @Override
    public void failed(boolean mayHaveApplied) {
      if (ticket != null) {
        context.tracker().abandon(entity, ticket, mayHaveApplied);
      }
    }

    @Override
    public boolean conditional() {
      return spec.ifNotExists();
    }

    @Override
    public DefaultEntityOperations<?> operations() {
      return DefaultEntityOperations.this;
    }

    @Override
    public void applied() {
      remember();
    }

    private void bind(PreparedShape prepared) {
      this.shape = prepared;
      EntityMapper<T> m = mapperOf(entity);
      BoundStatementBuilder b = prepared.prepared.boundStatementBuilder();
      for (int i = 0; i < prepared.markers.length; i++) {
        Marker marker = prepared.markers[i];
        int column = prepared.markerColumns[i];
        Object value;
        if (marker instanceof Marker.Ttl) {
          value = write.ttl();
        } else if (marker instanceof Marker.Timestamp) {
          value = write.timestamp();
        } else {
          value = m.isMapped(column) ? m.get(entity, column) : null;
          if (isEmptyCollection(value)) {
            // Cassandra stores an empty collection as no value; binding one would write a tombstone.
            value = null;
          }
        }
        prepared.bind(b, i, value, true);
      }
      bound = options.applyTo(b).setIdempotence(!spec.ifNotExists()).build();
    }

    /**
     * The row now holds what was bound. Columns left unset (null, or an empty collection) stay unknown, with a null
     * baseline: an existing row keeps its value there, and a later save writes them only once they hold a value.
     */
    void remember() {
      int columns = metadata.columns().size();
      ByteBuffer[] bytes = new ByteBuffer[columns];
      boolean[] known = new boolean[columns];
      for (int i = 0; i < shape.markers.length; i++) {
        int column = shape.markerColumns[i];
        if (column >= 0 && bound.isSet(i)) {
          bytes[column] = bound.getBytesUnsafe(i);
          known[column] = true;
        }
      }
      context.tracker().replace(entity, Snapshot.of(bytes, known, shape.columnCodecs), ticket);
    }
  }

  private BoundStatement bindKey(PreparedShape shape, Object[] primaryKey) {
    BoundStatementBuilder b = shape.prepared.boundStatementBuilder();
    for (int i = 0; i < shape.markers.length; i++) {
      shape.bind(b, i, primaryKey[((Marker.Where) shape.markers[i]).index()], false);
    }
    return options.applyTo(b).setIdempotence(true).build();
  }

  // ---------------------------------------------------------------- options

  @Override
  public EntityOperations<T> ttl(int seconds) {
    return with(options, write.withTtl(Ttls.seconds(entityName(), seconds)));
  }

  @Override
  public EntityOperations<T> ttl(Duration value) {
    return with(options, write.withTtl(Ttls.seconds(entityName(), value)));
  }

  @Override
  public EntityOperations<T> timestamp(long micros) {
    return with(options, write.withTimestamp(micros));
  }

  @Override
  public EntityOperations<T> timestamp(Instant value) {
    return timestamp(ChronoUnit.MICROS.between(Instant.EPOCH, value));
  }

  @Override
  public EntityOperations<T> consistency(ConsistencyLevel level) {
    return with(options.withConsistency(level), write);
  }

  @Override
  public EntityOperations<T> serialConsistency(ConsistencyLevel level) {
    return with(options.withSerialConsistency(level), write);
  }

  @Override
  public EntityOperations<T> timeout(Duration value) {
    return with(options.withTimeout(value), write);
  }

  @Override
  public EntityOperations<T> ifNotExists() {
    Writes.rejectConditionsOnCounters(this);
    return with(options, write.withIfNotExists());
  }

  @Override
  public EntityOperations<T> ifExists() {
    Writes.rejectConditionsOnCounters(this);
    return with(options, write.withIfExists());
  }

  @Override
  public EntityOperations<T> iff(String property, Object expected) {
    return iff(property, Comparison.EQ, expected);
  }

  @Override
  public EntityOperations<T> iff(String property, Comparison comparison, Object value) {
    ColumnMetadata column = metadata.column(property);
    return with(options, write.withCondition(new Condition(column.name(), Operator.valueOf(comparison.name())),
        Writes.conditionValue(this, column, comparison, value)));
  }

  // ---------------------------------------------------------------- checks

  private void rejectCounterWrite(String operation) {
    if (metadata.isCounterTable()) {
      throw new UnsupportedOperationException(entityName() + " is a counter table: " + operation + "() cannot write"
          + " counters; use mutateById(key...).increment(property, delta) instead");
    }
  }

  private T checkEntity(T entity) {
    if (entity == null) {
      throw new IllegalArgumentException("The " + entityName() + " to write must not be null");
    }
    EntityMapper<T> m = mapperOf(entity);
    for (ColumnMetadata key : metadata.primaryKey()) {
      if (m.get(entity, key.index()) == null) {
        throw new IllegalArgumentException(entityName() + "." + key.propertyName()
            + " is part of the primary key and must not be null");
      }
    }
    return entity;
  }

  void checkKey(Object[] primaryKey) {
    List<ColumnMetadata> key = metadata.primaryKey();
    if (primaryKey == null || primaryKey.length != key.size()) {
      throw new IllegalArgumentException(entityName() + " has a primary key of " + key.size() + " values "
          + key.stream().map(ColumnMetadata::propertyName).toList() + ", but "
          + (primaryKey == null ? 0 : primaryKey.length) + " were given");
    }
    for (int i = 0; i < key.size(); i++) {
      if (primaryKey[i] == null) {
        throw new IllegalArgumentException(entityName() + "." + key.get(i).propertyName()
            + " is part of the primary key and must not be null");
      }
    }
  }

  private static boolean isEmptyCollection(Object value) {
    return (value instanceof java.util.Collection<?> c && c.isEmpty())
        || (value instanceof java.util.Map<?, ?> m && m.isEmpty());
  }

}
