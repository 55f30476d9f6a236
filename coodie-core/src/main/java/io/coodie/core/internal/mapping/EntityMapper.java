package io.coodie.core.internal.mapping;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.PolymorphismMetadata;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads column values from entities and builds entities from column values, through {@link
 * java.lang.invoke.MethodHandle}s computed once per class. Values are indexed like {@link
 * EntityMetadata#columns()} ({@link ColumnMetadata#index()}). Thread-safe and cached: get it with
 * {@link #of(Class)}.
 *
 * <p>For a polymorphic hierarchy, all types share one column list: a type's mapper returns null
 * for columns it has no property for ({@link #isMapped(int)} tells which), returns its
 * discriminator value for the discriminator column, and ignores both on {@link
 * #instantiate(Object[])}.
 *
 * @param <T> the entity type
 */
public final class EntityMapper<T> {

  private final EntityMetadata<T> metadata;
  private final ClassModel model;
  private final int[] propertyOfColumn;
  private final int[] columnOfProperty;
  private final int discriminatorIndex;
  private final String discriminatorValue;

  private EntityMapper(EntityMetadata<T> metadata) {
    this.metadata = metadata;
    this.model = MappingCache.model(metadata.javaType());
    List<ColumnMetadata> columns = metadata.columns();
    List<Property> properties = model.properties();
    this.propertyOfColumn = new int[columns.size()];
    this.columnOfProperty = new int[properties.size()];
    Arrays.fill(propertyOfColumn, -1);
    for (int p = 0; p < properties.size(); p++) {
      ColumnMetadata column =
          metadata
              .columnByName(properties.get(p).columnName())
              .orElseThrow(() -> new IllegalStateException("unmapped property"));
      propertyOfColumn[column.index()] = p;
      columnOfProperty[p] = column.index();
    }
    PolymorphismMetadata polymorphism = metadata.polymorphism().orElse(null);
    this.discriminatorIndex = polymorphism == null ? -1 : polymorphism.discriminatorColumn().index();
    this.discriminatorValue = polymorphism == null ? null : polymorphism.value().orElse(null);
  }

  /**
   * The mapper of an entity class (or polymorphic subtype), built on first use and cached.
   *
   * @throws MappingException if the class is not a valid entity
   */
  public static <T> EntityMapper<T> of(Class<T> type) {
    return MappingCache.mapper(type);
  }

  static <T> EntityMapper<T> create(EntityMetadata<T> metadata) {
    return new EntityMapper<>(metadata);
  }

  /** The metadata this mapper was built from. */
  public EntityMetadata<T> metadata() {
    return metadata;
  }

  /**
   * Whether this type has a value for a column: a property of its own, or the discriminator.
   * Writers should skip unmapped columns (they belong to sibling subtypes).
   */
  public boolean isMapped(int columnIndex) {
    return columnIndex == discriminatorIndex
        ? discriminatorValue != null
        : propertyOfColumn[columnIndex] >= 0;
  }

  /**
   * The value of a column: the property value (boxed), the discriminator value of this type for
   * the discriminator column, or null for a column this type does not map.
   */
  public Object get(T entity, int columnIndex) {
    if (columnIndex == discriminatorIndex) {
      return discriminatorValue;
    }
    int property = propertyOfColumn[columnIndex];
    return property < 0 ? null : model.get(entity, property);
  }

  /**
   * Builds an entity from column values indexed like {@link EntityMetadata#columns()}; the array
   * may be longer (extra entries are ignored). A {@code null} value means absent: a class field
   * keeps its initial value, a record component gets {@code null} (zero for a primitive), and a
   * list, set or map becomes an empty mutable collection.
   *
   * @throws MappingException if this type is abstract (use {@link #forDiscriminator(String)}) or
   *     its constructor fails
   */
  @SuppressWarnings("unchecked")
  public T instantiate(Object[] values) {
    return (T) model.instantiate(values, columnOfProperty);
  }

  /**
   * The mapper of the concrete type stored under a discriminator value; use it to build the
   * entity of a row read through a polymorphic base or intermediate type.
   *
   * @throws MappingException if this entity is not polymorphic, or no subtype of this type uses
   *     the value
   */
  @SuppressWarnings("unchecked")
  public EntityMapper<? extends T> forDiscriminator(String value) {
    PolymorphismMetadata polymorphism =
        metadata
            .polymorphism()
            .orElseThrow(
                () ->
                    new MappingException(
                        metadata.javaType().getName()
                            + ": not polymorphic; add @Discriminator to use discriminator values"));
    Class<?> type = polymorphism.subtypes().get(value);
    if (type == null || !metadata.javaType().isAssignableFrom(type)) {
      throw new MappingException(
          metadata.javaType().getName()
              + ": unknown discriminator value '"
              + value
              + "' in column "
              + polymorphism.discriminatorColumn().name().asCql(true)
              + "; known values: "
              + polymorphism.assignableValues()
              + ". Add a subtype with @DiscriminatorValue(\""
              + value
              + "\") or fix the row");
    }
    return (EntityMapper<? extends T>) of(type);
  }

  /** The mapper of an instance's runtime class, for writing a subtype through a base type. */
  @SuppressWarnings("unchecked")
  public EntityMapper<? extends T> forInstance(T entity) {
    Class<?> type = entity.getClass();
    return type == metadata.javaType() ? this : (EntityMapper<? extends T>) of(type);
  }

  /**
   * The {@link io.coodie.core.api.mapping.TrackingState} field of this class's instances (a {@code VarHandle} of
   * type {@code TrackingState} on the instance), or null if it has none.
   */
  public java.lang.invoke.VarHandle trackingState() {
    return model.trackingState();
  }

  /** Property values by column name, for debugging and error messages. */
  public Map<String, Object> describe(T entity) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (ColumnMetadata column : metadata.columns()) {
      if (isMapped(column.index())) {
        values.put(column.name().asInternal(), get(entity, column.index()));
      }
    }
    return values;
  }

  @Override
  public String toString() {
    return "EntityMapper(" + metadata.javaType().getName() + ")";
  }
}
