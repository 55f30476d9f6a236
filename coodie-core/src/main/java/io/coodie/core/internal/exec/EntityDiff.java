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
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The minimal UPDATE that brings a loaded row to an entity's current state: changed columns only, collections as
 * element operations (set add/remove, list append/prepend, map put/remove) where that expresses the change, a null
 * that replaced a value as a deletion. Primary key changes are refused.
 */
final class EntityDiff {

  /** One assignment of the diff. */
  record Change(ColumnMetadata column, Kind kind, Object value) {}

  private EntityDiff() {}

  static <T> List<Change> compute(EntityMapper<T> mapper, T entity, Snapshot snapshot, ProtocolVersion version) {
    List<Change> changes = new ArrayList<>();
    for (ColumnMetadata column : mapper.metadata().columns()) {
      int i = column.index();
      if (column.isCounter() || column.isDiscriminator() || !mapper.isMapped(i)) {
        continue;
      }
      Object current = mapper.get(entity, i);
      if (column.kind().isPrimaryKey()) {
        if (snapshot.known(i) && snapshot.differs(i, current, version)) {
          throw new IllegalArgumentException("Cannot change the primary key of a loaded "
              + mapper.metadata().javaType().getName() + ": " + column.propertyName() + " changed. Delete the row and"
              + " insert a new entity instead.");
        }
        continue;
      }
      if (!snapshot.known(i)) {
        if (current != null) {
          changes.add(new Change(column, Kind.SET, current));
        }
        continue;
      }
      if (snapshot.differs(i, current, version)) {
        collectionOrSet(column, snapshot.decode(i, version), current, changes);
      }
    }
    return changes;
  }

  private static void collectionOrSet(ColumnMetadata column, Object old, Object current, List<Change> out) {
    DataType type = column.cqlType();
    boolean empty = current == null || (current instanceof Collection<?> c && c.isEmpty())
        || (current instanceof Map<?, ?> m && m.isEmpty());
    if (empty || old == null || isFrozen(type)) {
      if (!(empty && isEmptyOrNull(old))) {
        out.add(new Change(column, Kind.SET, empty && !isFrozen(type) ? null : current));
      }
      return;
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
