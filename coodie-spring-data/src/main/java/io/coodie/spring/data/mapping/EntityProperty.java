package io.coodie.spring.data.mapping;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes one property of an entity, record or class: {@link #with} sets a class's field in place and
 * returns the same instance, and returns a copy of a record (built through its canonical constructor) with the new
 * value.
 */
public final class EntityProperty {

  private final Class<?> owner;
  private final String name;
  private final Class<?> type;
  private final MethodHandle getter;
  private final @Nullable MethodHandle setter;
  private final @Nullable MethodHandle constructor;
  private final MethodHandle @Nullable [] components;
  private final int index;

  private EntityProperty(Class<?> owner, String name, Class<?> type, MethodHandle getter,
      @Nullable MethodHandle setter, @Nullable MethodHandle constructor, MethodHandle @Nullable [] components,
      int index) {
    this.owner = owner;
    this.name = name;
    this.type = type;
    this.getter = getter;
    this.setter = setter;
    this.constructor = constructor;
    this.components = components;
    this.index = index;
  }

  /** The property {@code name} of {@code type}: a record component, or a field of the class or a superclass. */
  static EntityProperty of(Class<?> type, String name) {
    try {
      if (type.isRecord()) {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(type, MethodHandles.lookup());
        RecordComponent[] all = type.getRecordComponents();
        MethodHandle[] accessors = new MethodHandle[all.length];
        int index = -1;
        for (int i = 0; i < all.length; i++) {
          accessors[i] = lookup.unreflect(all[i].getAccessor());
          if (all[i].getName().equals(name)) {
            index = i;
          }
        }
        if (index < 0) {
          throw new IllegalArgumentException(type.getName() + " has no component " + name);
        }
        Class<?>[] types = Arrays.stream(all).map(RecordComponent::getType).toArray(Class<?>[]::new);
        MethodHandle constructor = lookup.findConstructor(type, MethodType.methodType(void.class, types));
        return new EntityProperty(type, name, all[index].getType(), accessors[index], null,
            constructor.asSpreader(Object[].class, all.length), accessors, index);
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.getName().equals(name) && !Modifier.isStatic(field.getModifiers())) {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(c, MethodHandles.lookup());
            return new EntityProperty(type, name, field.getType(), lookup.unreflectGetter(field),
                lookup.unreflectSetter(field), null, null, -1);
          }
        }
      }
      throw new IllegalArgumentException(type.getName() + " has no field " + name);
    } catch (IllegalAccessException | NoSuchMethodException ex) {
      throw new IllegalStateException("Cannot access " + type.getName() + "." + name + ": " + ex.getMessage(), ex);
    }
  }

  /** The property's name. */
  public String name() {
    return this.name;
  }

  /** The property's declared type. */
  public Class<?> type() {
    return this.type;
  }

  /** Where the property is, for messages: {@code com.example.Account.version}. */
  public String location() {
    return this.owner.getName() + "." + this.name;
  }

  /** The property's value on {@code entity}. */
  public @Nullable Object get(Object entity) {
    try {
      return this.getter.invoke(entity);
    } catch (RuntimeException | Error ex) {
      throw ex;
    } catch (Throwable ex) {
      throw new IllegalStateException("Cannot read " + location(), ex);
    }
  }

  /**
   * The entity with {@code value} in the property: the same instance (a class), or a copy (a record).
   *
   * @param entity the entity
   * @param value the new value
   * @param <T> the entity type
   * @return the entity holding the value
   */
  @SuppressWarnings("unchecked")
  public <T> T with(T entity, @Nullable Object value) {
    try {
      if (this.setter != null) {
        this.setter.invoke(entity, value);
        return entity;
      }
      Object[] values = new Object[this.components.length];
      for (int i = 0; i < values.length; i++) {
        values[i] = i == this.index ? value : this.components[i].invoke(entity);
      }
      return (T) this.constructor.invoke(values);
    } catch (RuntimeException | Error ex) {
      throw ex;
    } catch (Throwable ex) {
      throw new IllegalStateException("Cannot set " + location(), ex);
    }
  }
}
