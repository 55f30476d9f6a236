package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import io.coodie.core.internal.exec.ValueType.OfColumn;
import io.coodie.core.internal.mapping.CodecFactory;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.util.Map;

/** Builds the codec of one marker or result column from its live CQL type and its Java type. */
final class ShapeCodecs {

  private final CodecRegistry registry;
  private final CodecFactory factory;

  ShapeCodecs(CodecRegistry registry, CodecFactory factory) {
    this.registry = registry;
    this.factory = factory;
  }

  @SuppressWarnings("unchecked")
  TypeCodec<Object> codecFor(DataType live, ValueType type) {
    if (!(type instanceof OfColumn c)) {
      return (TypeCodec<Object>) (TypeCodec<?>) registry.codecFor(live);
    }
    AnnotatedType javaType = c.column().annotatedType();
    return switch (c.part()) {
      case VALUE -> factory.codecFor(live, javaType);
      case ELEMENT -> factory.codecFor(live, argument(javaType, isMap(c) ? 1 : 0));
      case KEY -> factory.codecFor(live, argument(javaType, 0));
      case MAP_VALUE -> factory.codecFor(live, argument(javaType, 1));
      case LIST_OF_VALUES -> (TypeCodec<Object>) (TypeCodec<?>) TypeCodecs.listOf(
          factory.codecFor(((ListType) live).getElementType(), javaType));
      case SET_OF_KEYS -> (TypeCodec<Object>) (TypeCodec<?>) TypeCodecs.setOf(
          factory.codecFor(((SetType) live).getElementType(), argument(javaType, 0)));
    };
  }

  private static boolean isMap(OfColumn c) {
    return c.column().javaType() instanceof java.lang.reflect.ParameterizedType p
        && p.getRawType() instanceof Class<?> raw && Map.class.isAssignableFrom(raw);
  }

  private static AnnotatedType argument(AnnotatedType type, int index) {
    return ((AnnotatedParameterizedType) type).getAnnotatedActualTypeArguments()[index];
  }
}
