package io.coodie.core.it.tracking;

import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.data.UdtValue;
import io.coodie.core.it.tracking.Tracked.Item;
import io.coodie.core.it.tracking.Tracked.Spot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The specification of change tracking, written independently of coodie's code: what a row holds, and what a save of
 * an entity must do to it given what the entity held when coodie last saw it (its base) and which columns coodie knew
 * the row's value of. Values are normalised: an empty collection is null (Cassandra does not tell them apart).
 */
final class TrackingModel {

  private TrackingModel() {}

  /** The non-key columns of {@link Item}, with how each is read from an entity and from a row. */
  enum Col {
    NAME("name", Kind.SCALAR), STOCK("stock", Kind.SCALAR), FLAG("flag", Kind.SCALAR), BOXED("boxed", Kind.SCALAR),
    STATUS("status", Kind.SCALAR), TEXT_SET("text_set", Kind.SET), TEXT_LIST("text_list", Kind.LIST),
    TEXT_MAP("text_map", Kind.MAP), SPOT("spot", Kind.SCALAR), SHARED("shared", Kind.SCALAR);

    final String cql;
    final Kind kind;

    Col(String cql, Kind kind) {
      this.cql = cql;
      this.kind = kind;
    }

    /** The property name coodie knows the column by. */
    String property() {
      return switch (this) {
        case TEXT_SET -> "textSet";
        case TEXT_LIST -> "textList";
        case TEXT_MAP -> "textMap";
        default -> cql;
      };
    }

    /** The entity's value, normalised. */
    Object of(Item item) {
      return switch (this) {
        case NAME -> item.name;
        case STOCK -> item.stock;
        case FLAG -> item.flag;
        case BOXED -> item.boxed;
        case STATUS -> item.status;
        case TEXT_SET -> item.textSet == null || item.textSet.isEmpty() ? null : new LinkedHashSet<>(item.textSet);
        case TEXT_LIST -> item.textList == null || item.textList.isEmpty() ? null : new ArrayList<>(item.textList);
        case TEXT_MAP -> item.textMap == null || item.textMap.isEmpty() ? null : new LinkedHashMap<>(item.textMap);
        case SPOT -> item.spot == null ? null : new SpotValue(item.spot.label, item.spot.level);
        case SHARED -> item.shared;
      };
    }

    /** The row's value, normalised. */
    Object of(Row row) {
      if (row == null || row.isNull(cql)) {
        return null;
      }
      return switch (this) {
        case NAME, STATUS, SHARED -> row.getString(cql);
        case STOCK, BOXED -> row.getInt(cql);
        case FLAG -> row.getBoolean(cql);
        case TEXT_SET -> nullIfEmpty(new LinkedHashSet<>(row.getSet(cql, String.class)));
        case TEXT_LIST -> nullIfEmpty(new ArrayList<>(row.getList(cql, String.class)));
        case TEXT_MAP -> {
          Map<String, Integer> map = new LinkedHashMap<>(row.getMap(cql, String.class, Integer.class));
          yield map.isEmpty() ? null : map;
        }
        case SPOT -> {
          UdtValue udt = row.getUdtValue(cql);
          yield new SpotValue(udt.getString("label"), udt.isNull("level") ? 0 : udt.getInt("level"));
        }
      };
    }

    /** What an entity built from a row holding {@code stored} holds (a primitive's zero, a field's initial value). */
    Object asRead(Object stored) {
      if (stored != null) {
        return stored;
      }
      return switch (this) {
        case STOCK -> 0;
        case FLAG -> false;
        case STATUS -> "NEW";
        default -> null;
      };
    }

    /** The value of an entity that did not read this column: what its constructor left. */
    Object unread() {
      return asRead(null);
    }

    boolean isStatic() {
      return this == SHARED;
    }
  }

  enum Kind { SCALAR, SET, LIST, MAP }

  /** A UDT value, compared by value. */
  record SpotValue(String label, int level) {
    Spot toSpot() {
      return new Spot(label, level);
    }
  }

  private static <C extends java.util.Collection<?>> C nullIfEmpty(C collection) {
    return collection.isEmpty() ? null : collection;
  }

  /** The rows of one partition and its static column. */
  static final class Partition {
    final Map<Integer, EnumMap<Col, Object>> rows = new LinkedHashMap<>();
    Object shared;

    EnumMap<Col, Object> row(int cluster) {
      return rows.computeIfAbsent(cluster, c -> new EnumMap<>(Col.class));
    }

    Object get(int cluster, Col col) {
      return col.isStatic() ? shared : row(cluster).get(col);
    }

    void set(int cluster, Col col, Object value) {
      if (col.isStatic()) {
        shared = value;
      } else {
        row(cluster).put(col, value);
      }
    }

    void deleteRow(int cluster) {
      rows.remove(cluster);
    }
  }

  /**
   * Applies a save of an entity holding {@code current}, last seen by coodie as {@code base} with the row values of
   * the {@code known} columns, to the partition; updates base and known as coodie must; returns whether anything had
   * to be written.
   */
  static boolean save(Partition partition, int cluster, EnumMap<Col, Object> current, EnumMap<Col, Object> base,
      Set<Col> known) {
    boolean wrote = false;
    for (Col col : Col.values()) {
      Object now = current.get(col);
      Object before = base.get(col);
      if (Objects.equals(now, before)) {
        continue;
      }
      wrote = true;
      Object stored = partition.get(cluster, col);
      Object next;
      if (!known.contains(col) || col.kind == Kind.SCALAR || now == null) {
        next = now;
      } else {
        next = switch (col.kind) {
          case SET -> applySet(stored, before, now);
          case LIST -> applyList(stored, before, now);
          case MAP -> applyMap(stored, before, now);
          case SCALAR -> throw new AssertionError();
        };
      }
      partition.set(cluster, col, next);
      base.put(col, now);
      known.add(col);
    }
    return wrote;
  }

  @SuppressWarnings("unchecked")
  private static Object applySet(Object stored, Object before, Object now) {
    Set<String> from = before == null ? Set.of() : (Set<String>) before;
    Set<String> to = (Set<String>) now;
    Set<String> result = stored == null ? new LinkedHashSet<>() : new LinkedHashSet<>((Set<String>) stored);
    for (String element : to) {
      if (!from.contains(element)) {
        result.add(element);
      }
    }
    for (String element : from) {
      if (!to.contains(element)) {
        result.remove(element);
      }
    }
    return nullIfEmpty(result);
  }

  @SuppressWarnings("unchecked")
  private static Object applyList(Object stored, Object before, Object now) {
    List<String> from = before == null ? List.of() : (List<String>) before;
    List<String> to = (List<String>) now;
    List<String> row = stored == null ? List.of() : (List<String>) stored;
    if (to.size() > from.size() && to.subList(0, from.size()).equals(from)) {
      List<String> result = new ArrayList<>(row);
      result.addAll(to.subList(from.size(), to.size()));
      return result;
    }
    if (to.size() > from.size() && to.subList(to.size() - from.size(), to.size()).equals(from)) {
      List<String> result = new ArrayList<>(to.subList(0, to.size() - from.size()));
      result.addAll(row);
      return result;
    }
    return new ArrayList<>(to);
  }

  @SuppressWarnings("unchecked")
  private static Object applyMap(Object stored, Object before, Object now) {
    Map<String, Integer> from = before == null ? Map.of() : (Map<String, Integer>) before;
    Map<String, Integer> to = (Map<String, Integer>) now;
    Map<String, Integer> result = stored == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>((Map<String, Integer>) stored);
    to.forEach((k, v) -> {
      if (!from.containsKey(k) || !Objects.equals(from.get(k), v)) {
        result.put(k, v);
      }
    });
    for (String key : from.keySet()) {
      if (!to.containsKey(key)) {
        result.remove(key);
      }
    }
    return result.isEmpty() ? null : result;
  }

  /** The normalised values of an entity. */
  static EnumMap<Col, Object> values(Item item) {
    EnumMap<Col, Object> values = new EnumMap<>(Col.class);
    for (Col col : Col.values()) {
      values.put(col, col.of(item));
    }
    return values;
  }
}
