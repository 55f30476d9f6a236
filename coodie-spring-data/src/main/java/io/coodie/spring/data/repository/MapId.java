package io.coodie.spring.data.repository;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A primary key given as property name to value, for repositories of entities with a composite key that have no ID
 * class: {@code CoodieRepository<Reading, MapId>}.
 *
 * <pre>{@code
 * readings.findById(MapId.of("sensor", "s1").and("at", instant));
 * }</pre>
 *
 * Every primary key property (partition key and clustering columns) must be given, by its Java property name; a
 * missing or unknown name fails with a message listing the key properties. {@code getId(entity)} of such a
 * repository returns a {@code MapId} of the entity's key. Immutable.
 */
public final class MapId {

  private final Map<String, Object> values;

  private MapId(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(values);
  }

  /**
   * A key with one property.
   *
   * @param property the Java property name
   * @param value its value, not null
   * @return the key
   */
  public static MapId of(String property, Object value) {
    return new MapId(Map.of()).and(property, value);
  }

  /**
   * A key with the given properties.
   *
   * @param values property name to value, none null
   * @return the key, iterating in the map's order
   */
  public static MapId of(Map<String, ?> values) {
    MapId id = new MapId(Map.of());
    for (Map.Entry<String, ?> entry : values.entrySet()) {
      id = id.and(entry.getKey(), entry.getValue());
    }
    return id;
  }

  /**
   * This key with one more property.
   *
   * @param property the Java property name
   * @param value its value, not null
   * @return a new key
   */
  public MapId and(String property, Object value) {
    Objects.requireNonNull(property, "property");
    Objects.requireNonNull(value, () -> "the value of key property " + property + " must not be null");
    Map<String, Object> copy = new LinkedHashMap<>(this.values);
    copy.put(property, value);
    return new MapId(copy);
  }

  /**
   * The value of a property.
   *
   * @param property the Java property name
   * @return the value, or null if absent
   */
  public Object get(String property) {
    return this.values.get(property);
  }

  /**
   * The properties and values, in the order given.
   *
   * @return an unmodifiable map
   */
  public Map<String, Object> values() {
    return this.values;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MapId id && this.values.equals(id.values);
  }

  @Override
  public int hashCode() {
    return this.values.hashCode();
  }

  @Override
  public String toString() {
    return "MapId" + this.values;
  }
}
