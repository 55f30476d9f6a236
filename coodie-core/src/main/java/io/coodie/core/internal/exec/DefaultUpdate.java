package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.query.Update;
import io.coodie.core.internal.cql.Assignment;
import io.coodie.core.internal.cql.Assignment.Kind;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import io.coodie.core.internal.cql.UpdateSpec;
import java.time.Duration;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@link Update} implementation: a {@link WriteState} on one entity type. */
final class DefaultUpdate<T> extends AbstractWrite<T, Update<T>> implements Update<T> {

  DefaultUpdate(DefaultEntityOperations<T> ops, WriteState state) {
    super(ops, state);
  }

  @Override
  Update<T> with(WriteState newState) {
    return new DefaultUpdate<>(ops, newState);
  }

  @Override
  String kind() {
    return "UPDATE";
  }

  private ColumnMetadata column(String property) {
    return ops.metadata.column(property);
  }

  private String name(ColumnMetadata column) {
    return ops.metadata.javaType().getName() + "." + column.propertyName();
  }

  private Update<T> assign(ColumnMetadata column, Kind kind, Object... values) {
    if (column.kind().isPrimaryKey()) {
      throw new IllegalArgumentException("Cannot assign " + name(column) + ": it is part of the primary key");
    }
    if (column.isCounter() != (kind == Kind.INCREMENT || kind == Kind.DECREMENT)) {
      throw new IllegalArgumentException(column.isCounter()
          ? name(column) + " is a counter: use increment or decrement"
          : "increment and decrement need a counter column, but " + name(column) + " is "
              + column.cqlType().asCql(true, true));
    }
    return with(state.withAssignment(new Assignment(column.name(), kind), values));
  }

  @Override
  public Update<T> set(String property, Object value) {
    return assign(column(property), Kind.SET, value);
  }

  @Override
  public Update<T> append(String property, Collection<?> elements) {
    ColumnMetadata column = column(property);
    require(column, "append", column.cqlType() instanceof ListType || column.cqlType() instanceof SetType);
    return assign(column, Kind.APPEND, asColumnCollection(column, noNulls(column, "append", elements)));
  }

  @Override
  public Update<T> prepend(String property, List<?> elements) {
    ColumnMetadata column = column(property);
    require(column, "prepend", column.cqlType() instanceof ListType);
    return assign(column, Kind.PREPEND, List.copyOf(noNulls(column, "prepend", elements)));
  }

  @Override
  public Update<T> remove(String property, Collection<?> elements) {
    ColumnMetadata column = column(property);
    require(column, "remove", column.cqlType() instanceof ListType || column.cqlType() instanceof SetType);
    return assign(column, Kind.REMOVE, asColumnCollection(column, noNulls(column, "remove", elements)));
  }

  @Override
  public Update<T> put(String property, Map<?, ?> entries) {
    ColumnMetadata column = column(property);
    require(column, "put", column.cqlType() instanceof MapType);
    if (entries == null) {
      throw new IllegalArgumentException("put() of " + name(column) + " needs a map of entries, was null");
    }
    Map<Object, Object> put = new LinkedHashMap<>();
    Set<Object> removed = new LinkedHashSet<>();
    entries.forEach((key, value) -> {
      if (key == null) {
        throw new IllegalArgumentException("put() of " + name(column) + ": a map key cannot be null (CQL maps"
            + " hold no null keys)");
      }
      if (value == null) {
        removed.add(key);
      } else {
        put.put(key, value);
      }
    });
    if (removed.isEmpty()) {
      return assign(column, Kind.APPEND, Collections.unmodifiableMap(put));
    }
    // A null value deletes its key (cqlengine's map__update={'k': None}): m = m + ?, m = m - ? in one statement.
    DefaultUpdate<T> update = put.isEmpty() ? this
        : (DefaultUpdate<T>) assign(column, Kind.APPEND, Collections.unmodifiableMap(put));
    return update.assign(column, Kind.REMOVE_KEYS, Collections.unmodifiableSet(removed));
  }

  @Override
  public Update<T> put(String property, Object key, Object value) {
    ColumnMetadata column = column(property);
    require(column, "put", column.cqlType() instanceof MapType);
    if (key == null) {
      throw new IllegalArgumentException("put() of " + name(column) + ": a map key cannot be null (CQL maps hold no"
          + " null keys)");
    }
    return assign(column, Kind.PUT_ENTRY, key, value);
  }

  @Override
  public Update<T> removeKeys(String property, Collection<?> keys) {
    ColumnMetadata column = column(property);
    require(column, "removeKeys", column.cqlType() instanceof MapType);
    return assign(column, Kind.REMOVE_KEYS, new LinkedHashSet<>(noNulls(column, "removeKeys", keys)));
  }

  @Override
  public Update<T> increment(String property, long delta) {
    return assign(column(property), Kind.INCREMENT, delta);
  }

  @Override
  public Update<T> decrement(String property, long delta) {
    return assign(column(property), Kind.DECREMENT, delta);
  }

  @Override
  public Update<T> ttl(int seconds) {
    return with(state.withTtl(Ttls.seconds(ops.entityName(), seconds)));
  }

  @Override
  public Update<T> ttl(Duration ttl) {
    return with(state.withTtl(Ttls.seconds(ops.entityName(), ttl)));
  }

  @Override
  UpdateSpec spec(WriteState s) {
    if (s.assignments().isEmpty()) {
      throw new IllegalStateException("Nothing to update in " + ops.metadata.javaType().getName()
          + ": add set(...), append(...), increment(...) or another assignment");
    }
    checkWhere(s);
    return new UpdateSpec(ops.table, s.assignments(), s.where(), s.conditions(), s.ifExists(), s.ttl() != null,
        s.timestamp() != null);
  }

  /**
   * The state as sent: an update of static columns only names its partition, so restrictions on clustering
   * columns (for example from {@code mutateById(partition, clustering)}) are dropped, as the server requires.
   */
  @Override
  WriteState sent() {
    if (!staticOnly(state)) {
      return state;
    }
    List<Relation> where = new java.util.ArrayList<>();
    List<Object[]> values = new java.util.ArrayList<>();
    for (int i = 0; i < state.where().size(); i++) {
      Relation r = state.where().get(i);
      if (!(r instanceof Relation.OnColumn c)
          || Columns.byName(ops.metadata, c.column()).kind() != ColumnKind.CLUSTERING) {
        where.add(r);
        values.add(state.whereValues().get(i));
      }
    }
    return state.withWhere(where, values);
  }

  private boolean staticOnly(WriteState s) {
    return !s.assignments().isEmpty() && s.assignments().stream()
        .allMatch(a -> Columns.byName(ops.metadata, a.column()).kind() == ColumnKind.STATIC);
  }

  @Override
  public boolean counter() {
    return state.assignments().stream().anyMatch(a -> a.kind() == Kind.INCREMENT || a.kind() == Kind.DECREMENT);
  }

  /** Counter deltas and list appends/prepends change the result when replayed: never retried. */
  @Override
  boolean idempotent() {
    for (Assignment a : state.assignments()) {
      boolean list = Columns.byName(ops.metadata, a.column()).cqlType() instanceof ListType;
      if (a.kind() == Kind.INCREMENT || a.kind() == Kind.DECREMENT
          || (list && (a.kind() == Kind.APPEND || a.kind() == Kind.PREPEND || a.kind() == Kind.REMOVE))) {
        return false;
      }
    }
    return true;
  }

  /** An UPDATE names its row(s) by the whole primary key, or the partition key when it assigns statics only. */
  private void checkWhere(WriteState s) {
    boolean staticOnly = staticOnly(s);
    List<ColumnMetadata> required = staticOnly ? ops.metadata.partitionKey() : ops.metadata.primaryKey();
    for (ColumnMetadata key : required) {
      boolean restricted = s.where().stream().anyMatch(r -> r instanceof Relation.OnColumn c
          && c.column().equals(key.name()) && (c.operator() == Operator.EQ || c.operator() == Operator.IN));
      if (!restricted) {
        throw new IllegalArgumentException("An update of " + ops.metadata.javaType().getName() + " must restrict "
            + key.propertyName() + " with eq or in: updates name their rows by the "
            + (staticOnly ? "partition key" : "whole primary key") + " "
            + required.stream().map(ColumnMetadata::propertyName).toList());
      }
    }
  }

  private void require(ColumnMetadata column, String operation, boolean ok) {
    if (!ok) {
      throw new IllegalArgumentException(operation + "() does not apply to " + name(column) + " of type "
          + column.cqlType().asCql(true, true));
    }
  }

  /** The elements of a collection operator, refused (before anything is sent) if null or holding a null. */
  private <C extends Collection<?>> C noNulls(ColumnMetadata column, String operation, C elements) {
    if (elements == null) {
      throw new IllegalArgumentException(operation + "() of " + name(column) + " needs a collection, was null");
    }
    for (Object element : elements) {
      if (element == null) {
        throw new IllegalArgumentException(operation + "() of " + name(column) + ": the elements cannot contain"
            + " null (CQL collections hold no nulls)");
      }
    }
    return elements;
  }

  private static Object asColumnCollection(ColumnMetadata column, Collection<?> elements) {
    return column.cqlType() instanceof SetType ? new LinkedHashSet<>(elements) : List.copyOf(elements);
  }
}
