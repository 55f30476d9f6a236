package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.data.CqlDuration;
import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.Ascii;
import io.coodie.core.api.mapping.CqlTuple;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TimeUuid;
import io.coodie.core.api.mapping.UserDefinedType;
import io.coodie.core.api.mapping.Vector;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves the CQL type of one property from its annotated Java type, and records the user types
 * it meets. One instance per property; errors are prefixed with the property's location.
 */
final class CqlTypeResolver {

  private static final Map<Class<?>, DataType> SIMPLE_TYPES =
      Map.ofEntries(
          Map.entry(String.class, DataTypes.TEXT),
          Map.entry(Integer.class, DataTypes.INT),
          Map.entry(Long.class, DataTypes.BIGINT),
          Map.entry(Short.class, DataTypes.SMALLINT),
          Map.entry(Byte.class, DataTypes.TINYINT),
          Map.entry(BigInteger.class, DataTypes.VARINT),
          Map.entry(Float.class, DataTypes.FLOAT),
          Map.entry(Double.class, DataTypes.DOUBLE),
          Map.entry(BigDecimal.class, DataTypes.DECIMAL),
          Map.entry(Boolean.class, DataTypes.BOOLEAN),
          Map.entry(ByteBuffer.class, DataTypes.BLOB),
          Map.entry(byte[].class, DataTypes.BLOB),
          Map.entry(UUID.class, DataTypes.UUID),
          Map.entry(Instant.class, DataTypes.TIMESTAMP),
          Map.entry(LocalDate.class, DataTypes.DATE),
          Map.entry(LocalTime.class, DataTypes.TIME),
          Map.entry(CqlDuration.class, DataTypes.DURATION),
          Map.entry(InetAddress.class, DataTypes.INET));

  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);

  private final String location;
  private final Set<Class<?>> userTypes = new LinkedHashSet<>();

  CqlTypeResolver(String location) {
    this.location = location;
  }

  /** Resolves a property type; {@code declaration} carries the property's own annotations. */
  DataType resolve(AnnotatedType type, AnnotatedElement declaration, boolean nested) {
    Type javaType = type.getType();
    if (!(javaType instanceof Class<?>) && !(javaType instanceof ParameterizedType)) {
      throw fail(javaType, "is not a concrete type; declare the exact type instead");
    }
    Class<?> raw = Types.raw(javaType);
    if (OPTIONALS.contains(raw)) {
      throw fail(javaType, "has no CQL mapping; use a plain type (nullable) instead");
    }
    Vector vector = hint(type, declaration, Vector.class);
    if (vector != null || raw == CqlVector.class) {
      return vector(type, raw, vector);
    }
    if (raw == List.class || raw == Set.class || raw == Map.class) {
      return collection(type, declaration, raw, nested);
    }
    if (Collection.class.isAssignableFrom(raw) || Map.class.isAssignableFrom(raw)) {
      throw fail(javaType, "has no CQL mapping; declare it as java.util.List, Set or Map");
    }
    Frozen frozen = hint(type, declaration, Frozen.class);
    if (raw.isAnnotationPresent(UserDefinedType.class)) {
      userTypes.add(raw);
      return MappingCache.udt(raw).dataType().copy(frozen != null || nested);
    }
    if (raw.isAnnotationPresent(CqlTuple.class)) {
      TupleModel tuple = MappingCache.tuple(raw);
      userTypes.addAll(tuple.userTypes());
      return tuple.dataType();
    }
    if (frozen != null) {
      throw fail(javaType, "cannot be @Frozen; only collections and user types can; remove it");
    }
    return simple(type, declaration, raw);
  }

  /** The user-type classes met so far, directly or inside collections and tuples. */
  Set<Class<?>> userTypes() {
    return userTypes;
  }

  /** {@code io.acme.Product.tags: type X <problem>}. */
  MappingException fail(Type javaType, String problem) {
    return new MappingException(location + ": type " + javaType.getTypeName() + " " + problem);
  }

  private DataType simple(AnnotatedType type, AnnotatedElement declaration, Class<?> raw) {
    Type javaType = type.getType();
    boolean ascii = hint(type, declaration, Ascii.class) != null;
    boolean timeUuid = hint(type, declaration, TimeUuid.class) != null;
    if (ascii && raw != String.class) {
      throw fail(javaType, "cannot be @Ascii; only String can; remove it");
    }
    if (timeUuid && raw != UUID.class) {
      throw fail(javaType, "cannot be @TimeUuid; only java.util.UUID can; remove it");
    }
    if (ascii) {
      return DataTypes.ASCII;
    }
    if (timeUuid) {
      return DataTypes.TIMEUUID;
    }
    if (raw.isEnum()) {
      return DataTypes.TEXT;
    }
    DataType simple = SIMPLE_TYPES.get(Types.box(raw));
    if (simple != null) {
      return simple;
    }
    if (raw == float[].class) {
      throw fail(javaType, "needs @Vector(dimension = N); use List<Float> for a CQL list<float>");
    }
    if (raw.isArray()) {
      throw fail(javaType, "has no CQL mapping; only byte[] and float[] arrays map, use a List");
    }
    if (raw.isAnnotationPresent(Table.class)) {
      throw fail(javaType, "is an entity; to embed it in a column annotate it @UserDefinedType");
    }
    throw fail(
        javaType,
        "has no CQL mapping; use a CQL-compatible type (String, numbers, UUID, java.time types,"
            + " collections, enums, @UserDefinedType or @CqlTuple classes)");
  }

  private DataType collection(
      AnnotatedType type, AnnotatedElement declaration, Class<?> raw, boolean nested) {
    if (!(type instanceof AnnotatedParameterizedType parameterized)) {
      throw fail(type.getType(), "is a raw type; declare its type arguments, e.g. List<String>");
    }
    AnnotatedType[] arguments = parameterized.getAnnotatedActualTypeArguments();
    boolean frozen = nested || hint(type, declaration, Frozen.class) != null;
    if (raw == Map.class) {
      DataType key = resolve(arguments[0], null, true);
      DataType value = resolve(arguments[1], null, true);
      return DataTypes.mapOf(key, value, frozen);
    }
    DataType element = resolve(arguments[0], null, true);
    return raw == List.class
        ? DataTypes.listOf(element, frozen)
        : DataTypes.setOf(element, frozen);
  }

  private DataType vector(AnnotatedType type, Class<?> raw, Vector vector) {
    Type javaType = type.getType();
    if (vector == null) {
      throw fail(javaType, "needs @Vector(dimension = N)");
    }
    boolean floats =
        raw == float[].class
            || ((raw == List.class || raw == CqlVector.class)
                && Types.argument(javaType, 0) == Float.class);
    if (!floats) {
      throw fail(
          javaType,
          "cannot be a @Vector; use float[], List<Float> or CqlVector<Float> for vector<float, N>");
    }
    if (vector.dimension() <= 0) {
      throw fail(javaType, "has @Vector(dimension = " + vector.dimension() + "); use a positive dimension");
    }
    return DataTypes.vectorOf(DataTypes.FLOAT, vector.dimension());
  }

  /**
   * An annotation on the type itself, on the declaration (top level only), or on the component of
   * an array type ({@code @Vector float[] x} puts the type annotation on {@code float}).
   */
  private static <A extends Annotation> A hint(
      AnnotatedType type, AnnotatedElement declaration, Class<A> annotation) {
    A found = type.getAnnotation(annotation);
    if (found == null && declaration != null) {
      found = declaration.getAnnotation(annotation);
    }
    if (found == null && type instanceof AnnotatedArrayType array) {
      found = array.getAnnotatedGenericComponentType().getAnnotation(annotation);
    }
    return found;
  }
}
