package io.coodie.spring.data.repository.support;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.spring.data.repository.MapId;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Converts between a repository's ID type and the entity's primary key values (partition key then clustering
 * columns): the column's own type for a single-column key, {@link MapId}, or an ID class or record whose properties
 * are named like the key properties.
 *
 * @param <ID> the ID type
 */
abstract sealed class KeyMapper<ID> permits KeyMapper.Single, KeyMapper.OfMapId, KeyMapper.OfClass {

  final List<ColumnMetadata> key;

  private KeyMapper(List<ColumnMetadata> key) {
    this.key = key;
  }

  /** The key values of an ID, in key order, none null. */
  abstract Object[] values(ID id);

  /** The ID of key values given in key order. */
  abstract ID id(Object[] values);

  /**
   * The mapper for {@code idType}, checked against the entity's primary key.
   *
   * @throws IllegalArgumentException if the ID type does not fit the key; the message lists the key properties
   */
  @SuppressWarnings("unchecked")
  static <ID> KeyMapper<ID> of(EntityMetadata<?> metadata, Class<ID> idType) {
    List<ColumnMetadata> key = metadata.primaryKey();
    if (idType == MapId.class) {
      return (KeyMapper<ID>) new OfMapId(key, metadata);
    }
    if (key.size() == 1) {
      Class<?> columnType = rawType(key.get(0));
      if (!ClassUtils.isAssignable(idType, columnType) && !ClassUtils.isAssignable(columnType, idType)) {
        throw new IllegalArgumentException("The ID type " + idType.getName() + " does not fit the primary key of "
            + metadata.javaType().getName() + ", its property " + key.get(0).propertyName() + " of type "
            + columnType.getName() + ": declare the repository with that type as ID");
      }
      return new Single<>(key);
    }
    return new OfClass<>(key, metadata, idType);
  }

  static Class<?> rawType(ColumnMetadata column) {
    return ClassUtils.resolvePrimitiveIfNecessary(
        org.springframework.core.ResolvableType.forType(column.javaType()).toClass());
  }

  static String names(List<ColumnMetadata> key) {
    return key.stream().map(ColumnMetadata::propertyName).toList().toString();
  }

  Object[] checked(Object[] values, Object id) {
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException("Key property " + this.key.get(i).propertyName() + " of " + id
            + " is null; every key property " + names(this.key) + " needs a value");
      }
    }
    return values;
  }

  /** A single-column key: the ID is the value. */
  static final class Single<ID> extends KeyMapper<ID> {

    Single(List<ColumnMetadata> key) {
      super(key);
    }

    @Override
    Object[] values(ID id) {
      if (id == null) {
        throw new IllegalArgumentException("The ID must not be null");
      }
      return new Object[] { id };
    }

    @Override
    @SuppressWarnings("unchecked")
    ID id(Object[] values) {
      return (ID) values[0];
    }
  }

  /** A {@link MapId}: key property name to value. */
  static final class OfMapId extends KeyMapper<MapId> {

    private final String entity;

    OfMapId(List<ColumnMetadata> key, EntityMetadata<?> metadata) {
      super(key);
      this.entity = metadata.javaType().getName();
    }

    @Override
    Object[] values(MapId id) {
      if (id == null) {
        throw new IllegalArgumentException("The ID must not be null");
      }
      List<String> names = this.key.stream().map(ColumnMetadata::propertyName).toList();
      if (!names.containsAll(id.values().keySet()) || id.values().size() != names.size()) {
        throw new IllegalArgumentException(id + " does not name exactly the key properties " + names + " of "
            + this.entity);
      }
      return checked(names.stream().map(id::get).toArray(), id);
    }

    @Override
    MapId id(Object[] values) {
      Map<String, Object> map = new LinkedHashMap<>();
      for (int i = 0; i < values.length; i++) {
        map.put(this.key.get(i).propertyName(), values[i]);
      }
      return MapId.of(map);
    }
  }

  /** An ID record or class with one property per key column, by name. */
  static final class OfClass<ID> extends KeyMapper<ID> {

    private final Class<ID> type;
    private final List<Function<Object, Object>> getters = new ArrayList<>();
    private final Constructor<ID> constructor;
    /** For a record: the key position of each constructor argument. For a class: the fields, in key order. */
    private final int[] componentKeyPositions;
    private final Field[] fields;

    OfClass(List<ColumnMetadata> key, EntityMetadata<?> metadata, Class<ID> type) {
      super(key);
      this.type = type;
      List<String> keyNames = key.stream().map(ColumnMetadata::propertyName).toList();
      String problem = "The ID type " + type.getName() + " does not fit the composite primary key "
          + keyNames + " of " + metadata.javaType().getName() + ": use a record or class whose properties are exactly"
          + " the key properties, with their types, or MapId";
      List<String> idNames = properties(type);
      if (idNames.size() != keyNames.size() || !idNames.containsAll(keyNames)) {
        throw new IllegalArgumentException(problem
            + (type.getName().startsWith("java.") ? "" : " (it has " + idNames + ")"));
      }
      try {
        if (type.isRecord()) {
          RecordComponent[] components = type.getRecordComponents();
          this.componentKeyPositions = new int[components.length];
          Class<?>[] types = new Class<?>[components.length];
          for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            int position = keyNames.indexOf(component.getName());
            checkType(key.get(position), component.getType(), problem);
            this.componentKeyPositions[i] = position;
            types[i] = component.getType();
          }
          for (String name : keyNames) {
            RecordComponent component = components[idNames.indexOf(name)];
            component.getAccessor().setAccessible(true);
            this.getters.add((id) -> ReflectionUtils.invokeMethod(component.getAccessor(), id));
          }
          this.constructor = type.getDeclaredConstructor(types);
          this.fields = null;
        } else {
          this.componentKeyPositions = null;
          this.fields = new Field[keyNames.size()];
          for (int i = 0; i < keyNames.size(); i++) {
            Field field = ReflectionUtils.findField(type, keyNames.get(i));
            checkType(key.get(i), field.getType(), problem);
            ReflectionUtils.makeAccessible(field);
            this.fields[i] = field;
            this.getters.add((id) -> ReflectionUtils.getField(field, id));
          }
          this.constructor = type.getDeclaredConstructor();
        }
        ReflectionUtils.makeAccessible(this.constructor);
      } catch (NoSuchMethodException ex) {
        throw new IllegalArgumentException(problem + " (a class needs a no-argument constructor)", ex);
      }
    }

    private static List<String> properties(Class<?> type) {
      if (type.isRecord()) {
        return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
      }
      List<String> names = new ArrayList<>();
      ReflectionUtils.doWithFields(type, (field) -> names.add(field.getName()),
          (field) -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic());
      return names;
    }

    private static void checkType(ColumnMetadata column, Class<?> type, String problem) {
      if (!ClassUtils.resolvePrimitiveIfNecessary(type).equals(rawType(column))) {
        throw new IllegalArgumentException(problem + " (" + column.propertyName() + " is " + type.getName()
            + " in the ID but " + rawType(column).getName() + " in the entity)");
      }
    }

    @Override
    Object[] values(ID id) {
      if (id == null) {
        throw new IllegalArgumentException("The ID must not be null");
      }
      return checked(this.getters.stream().map((getter) -> getter.apply(id)).toArray(), id);
    }

    @Override
    ID id(Object[] values) {
      try {
        if (this.fields == null) {
          Object[] args = new Object[this.componentKeyPositions.length];
          for (int i = 0; i < args.length; i++) {
            args[i] = values[this.componentKeyPositions[i]];
          }
          return this.constructor.newInstance(args);
        }
        ID id = this.constructor.newInstance();
        for (int i = 0; i < this.fields.length; i++) {
          ReflectionUtils.setField(this.fields[i], id, values[i]);
        }
        return id;
      } catch (ReflectiveOperationException ex) {
        throw new IllegalStateException("Cannot create the ID " + this.type.getName() + ": " + ex, ex);
      }
    }
  }
}
