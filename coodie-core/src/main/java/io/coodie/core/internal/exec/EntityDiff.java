package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.internal.cql.Assignment.Kind;
import io.coodie.core.internal.mapping.EntityMapper;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import io.coodie.core.api.metadata.EntityMetadata;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The minimal UPDATE that brings a row to an entity's current state, against the entity's {@link Snapshot}: changed
 * columns only, collections as element operations (set add/remove, list append/prepend, map put/remove) where the row's
 * value is known and that expresses the change, a null that replaced a value as a deletion. A column whose row value
 * is not known (not read, or left unset by an insert) is written only when the entity's value differs from its
 * baseline, and then whole. Primary key changes are refused, and so is a write of an entity whose primary key was not
 * read whole.
 *
 * <p>The values to bind are taken when the diff is computed: mutable ones (collections, UDT objects, arrays) are
 * copies, so a change the application makes afterwards, while an asynchronous write is in flight, is neither sent nor
 * recorded; it is left for the next save.
 */
final class EntityDiff {

  /** One assignment of the diff. */
  record Change(ColumnMetadata column, Kind kind, Object value) {}

  /**
   * The assignments, and what the row holds once they are applied: the serialized value of each of {@code columns}
   * (at the same position of {@code values}).
   */
  record Result(List<Change> changes, int[] columns, ByteBuffer[] values) {}

  private EntityDiff() {}

  static <T> Result compute(EntityMapper<T> mapper, T entity, Snapshot snapshot, ProtocolVersion version) {
    requireKnownKey(mapper.metadata(), snapshot, "save or update");
    List<Change> changes = new ArrayList<>();
    List<ColumnMetadata> columns = mapper.metadata().columns();
    int[] changed = new int[columns.size()];
    ByteBuffer[] encoded = new ByteBuffer[columns.size()];
    int count = 0;
    for (ColumnMetadata column : columns) {
      int i = column.index();
      if (column.isCounter() || column.isDiscriminator() || !mapper.isMapped(i)) {
        continue;
      }
      Object current = mapper.get(entity, i);
      TypeCodec<Object> codec = snapshot.codec(i);
      if (codec == null) {
        throw new IllegalStateException("No codec recorded for " + mapper.metadata().javaType().getName() + "."
            + column.propertyName() + " (coodie bug: please report it)");
      }
      ByteBuffer bytes = current == null ? null : encode(mapper, column, codec, current, version);
      if (!snapshot.differsFrom(i, bytes)) {
        continue;
      }
      if (column.kind().isPrimaryKey()) {
        throw new IllegalArgumentException("Cannot change the primary key of a loaded "
            + mapper.metadata().javaType().getName() + ": " + column.propertyName() + " changed. Delete the row and"
            + " insert a new entity instead.");
      }
      Object value = bytes == null || isImmutable(current) ? current : codec.decode(bytes.duplicate(), version);
      int before = changes.size();
      if (snapshot.known(i)) {
        collectionOrSet(column, snapshot.decode(i, version), value, changes);
      } else if (snapshot.dirty(i) || !(isEmptyOrNull(value) && isEmptyOrNull(snapshot.decode(i, version)))) {
        changes.add(new Change(column, Kind.SET, isEmptyOrNull(value) && !isFrozen(column.cqlType()) ? null : value));
      }
      if (changes.size() > before) {
        changed[count] = i;
        encoded[count++] = bytes;
      }
    }
    return new Result(changes, Arrays.copyOf(changed, count), Arrays.copyOf(encoded, count));
  }

  /**
   * The serialized form of a property's value; a value its CQL type cannot hold (a null inside a collection, an
   * instant out of the range of a CQL timestamp) fails naming the entity and property, never the value, before
   * anything is sent.
   */
  private static ByteBuffer encode(EntityMapper<?> mapper, ColumnMetadata column, TypeCodec<Object> codec,
      Object value, ProtocolVersion version) {
    try {
      return codec.encode(value, version);
    } catch (NullPointerException e) {
      throw new IllegalArgumentException("Property " + mapper.metadata().javaType().getName() + "."
          + column.propertyName() + " contains a null element, key or value, which CQL "
          + column.cqlType().asCql(true, true) + " cannot hold; nothing was sent", e);
    } catch (ArithmeticException | IllegalArgumentException | ClassCastException e) {
      throw new IllegalArgumentException("Property " + mapper.metadata().javaType().getName() + "."
          + column.propertyName() + " holds a value CQL " + column.cqlType().asCql(true, true) + " cannot hold ("
          + e.getClass().getSimpleName() + "); nothing was sent", e);
    }
  }

  /**
   * Refuses to write an entity read without its whole primary key ({@code distinct()}, {@code only(...)}): its key
   * properties hold defaults, which would address another row.
   */
  static void requireKnownKey(EntityMetadata<?> metadata, Snapshot snapshot, String operation) {
    if (snapshot == null) {
      return;
    }
    List<String> missing = new ArrayList<>();
    for (ColumnMetadata key : metadata.primaryKey()) {
      if (!snapshot.known(key.index())) {
        missing.add(key.propertyName());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("Cannot " + operation + " this " + metadata.javaType().getName()
          + ": it was read without its primary key properties " + missing + " (a distinct() or partial read), which"
          + " so hold defaults, not the row's key. Read it with its whole primary key, or write by key with"
          + " mutateById(...) / deleteById(...).");
    }
  }

  /** Values that cannot change after the diff is taken, so need no copy. */
  private static boolean isImmutable(Object value) {
    return value instanceof String || value instanceof Integer || value instanceof Long || value instanceof Boolean
        || value instanceof Double || value instanceof Float || value instanceof Short || value instanceof Byte
        || value instanceof java.math.BigDecimal || value instanceof java.math.BigInteger
        || value instanceof java.util.UUID || value instanceof Enum<?> || value instanceof java.time.temporal.Temporal
        || value instanceof java.time.Duration || value instanceof java.net.InetAddress
        || value instanceof com.datastax.oss.driver.api.core.data.CqlDuration;
  }

  private static void collectionOrSet(ColumnMetadata column, Object old, Object current, List<Change> out) {
    DataType type = column.cqlType();
    boolean empty = current == null || (current instanceof Collection<?> c && c.isEmpty())
        || (current instanceof Map<?, ?> m && m.isEmpty());
    boolean collection = type instanceof SetType || type instanceof ListType || type instanceof MapType;
    if (empty || isFrozen(type) || !collection) {
      if (!(empty && isEmptyOrNull(old))) {
        out.add(new Change(column, Kind.SET, empty && !isFrozen(type) ? null : current));
      }
      return;
    }
    if (old == null) {
      // the row held no value, which Cassandra cannot tell from an empty collection: the change adds elements
      old = type instanceof MapType ? Map.of() : type instanceof SetType ? Set.of() : List.of();
    }
    if (type instanceof SetType) {
      Set<?> before = (Set<?>) old;
      Set<?> after = (Set<?>) current;
      Set<Object> added = new LinkedHashSet<>(after);
      added.removeAll(before);
      Set<Object> removed = new LinkedHashSet<>(before);
      removed.removeAll(after);
      if (!added.isEmpty()) {
        out.add(new Change(column, Kind.APPEND, added));
      }
      if (!removed.isEmpty()) {
        out.add(new Change(column, Kind.REMOVE, removed));
      }
    } else if (type instanceof ListType) {
      List<?> before = (List<?>) old;
      List<?> after = (List<?>) current;
      if (before.equals(after)) {
        return;
      }
      if (after.size() > before.size() && after.subList(0, before.size()).equals(before)) {
        out.add(new Change(column, Kind.APPEND, List.copyOf(after.subList(before.size(), after.size()))));
      } else if (after.size() > before.size()
          && after.subList(after.size() - before.size(), after.size()).equals(before)) {
        out.add(new Change(column, Kind.PREPEND, List.copyOf(after.subList(0, after.size() - before.size()))));
      } else {
        out.add(new Change(column, Kind.SET, current));
      }
    } else if (type instanceof MapType) {
      Map<?, ?> before = (Map<?, ?>) old;
      Map<?, ?> after = (Map<?, ?>) current;
      Map<Object, Object> put = new LinkedHashMap<>();
      after.forEach((k, v) -> {
        if (!before.containsKey(k) || !Objects.equals(before.get(k), v)) {
          put.put(k, v);
        }
      });
      Set<Object> removed = new LinkedHashSet<>(before.keySet());
      removed.removeAll(after.keySet());
      if (!put.isEmpty()) {
        out.add(new Change(column, Kind.APPEND, put));
      }
      if (!removed.isEmpty()) {
        out.add(new Change(column, Kind.REMOVE_KEYS, removed));
      }
    } else {
      out.add(new Change(column, Kind.SET, current));
    }
  }

  private static boolean isEmptyOrNull(Object value) {
    return value == null || (value instanceof Collection<?> c && c.isEmpty())
        || (value instanceof Map<?, ?> m && m.isEmpty());
  }

  private static boolean isFrozen(DataType type) {
    return (type instanceof ListType l && l.isFrozen()) || (type instanceof SetType s && s.isFrozen())
        || (type instanceof MapType m && m.isFrozen());
  }

  /** Whether every change touches a static column, so the UPDATE needs only the partition key. */
  static boolean staticOnly(List<Change> changes) {
    return !changes.isEmpty() && changes.stream().allMatch(c -> c.column().kind() == ColumnKind.STATIC);
  }
}
