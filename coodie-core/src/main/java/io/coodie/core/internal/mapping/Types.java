package io.coodie.core.internal.mapping;

import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Map;

/** Small helpers over {@link java.lang.reflect.Type}. */
final class Types {

  private static final Map<Class<?>, Class<?>> BOXES =
      Map.of(
          int.class, Integer.class,
          long.class, Long.class,
          short.class, Short.class,
          byte.class, Byte.class,
          float.class, Float.class,
          double.class, Double.class,
          boolean.class, Boolean.class,
          char.class, Character.class);

  private static final Map<Class<?>, Object> ZEROES =
      Map.of(
          int.class, 0,
          long.class, 0L,
          short.class, (short) 0,
          byte.class, (byte) 0,
          float.class, 0f,
          double.class, 0d,
          boolean.class, false,
          char.class, '\0');

  private Types() {}

  /** The erasure of a class or parameterized type; {@code Object} for variables and wildcards. */
  static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    if (type instanceof GenericArrayType a) {
      return raw(a.getGenericComponentType()).arrayType();
    }
    return Object.class;
  }

  /** The type argument at {@code index}, or {@code Object} for a raw type. */
  static Type argument(Type type, int index) {
    if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
      return p.getActualTypeArguments()[index];
    }
    return Object.class;
  }

  static Class<?> box(Class<?> type) {
    return BOXES.getOrDefault(type, type);
  }

  /** The boxed zero value of a primitive type, {@code null} for a reference type. */
  static Object zero(Class<?> type) {
    return ZEROES.get(type);
  }
}
