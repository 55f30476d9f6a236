package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.ListType;
import com.datastax.oss.driver.api.core.type.MapType;
import com.datastax.oss.driver.api.core.type.SetType;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.VectorType;
import com.datastax.oss.driver.api.core.type.codec.CodecNotFoundException;
import com.datastax.oss.driver.api.core.type.codec.ExtraTypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.codec.registry.CodecRegistry;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.CqlTuple;
import io.coodie.core.api.metadata.ColumnMetadata;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds codecs that encode and decode mapped Java values directly, for a <em>live</em> CQL type:
 * the type the server reports in prepared-statement variables or result-set columns. For user
 * types the live type carries the server's field order, which may differ from the Java class
 * (after {@code ALTER TYPE ... ADD}); fields are matched by name.
 *
 * <p>User-type classes map to {@code UdtValue}s, {@code @CqlTuple} records to {@code TupleValue}s,
 * enums to their names ({@code text}) or ordinals ({@code int}), {@code byte[]} to {@code blob},
 * {@code float[]} and {@code List<Float>} to vectors, lists, sets and maps element-wise; every other
 * type is delegated to the registry. Decoding a null collection gives an empty mutable one.
 *
 * <p>One factory per session ({@code new CodecFactory(session.getContext().getCodecRegistry())});
 * it never changes the registry, and caches codecs by (live type, Java type). Thread-safe.
 */
public final class CodecFactory {

  private record Key(DataType liveType, Type javaType) {}

  private final CodecRegistry registry;
  private final Map<Key, TypeCodec<Object>> cache = new ConcurrentHashMap<>();

  /**
   * @param registry the session's registry, for the codecs of plain CQL types and user types
   */
  public CodecFactory(CodecRegistry registry) {
    this.registry = registry;
  }

  /** The codec of an entity column for the column's live type. */
  public TypeCodec<Object> codecFor(DataType liveType, ColumnMetadata column) {
    return codecFor(liveType, column.javaType());
  }

  /** The codec of a property for a live type; annotations are not needed for decoding. */
  public TypeCodec<Object> codecFor(DataType liveType, AnnotatedType javaType) {
    return codecFor(liveType, javaType.getType());
  }

  /**
   * The codec converting between {@code javaType} values and {@code liveType} bytes.
   *
   * @throws MappingException if the Java type cannot hold the live type, or a user type class has
   *     a field the live type lacks (the schema is out of date)
   */
  public TypeCodec<Object> codecFor(DataType liveType, Type javaType) {
    Key key = new Key(liveType, javaType);
    TypeCodec<Object> codec = cache.get(key);
    if (codec == null) {
      codec = build(liveType, javaType);
      TypeCodec<Object> raced = cache.putIfAbsent(key, codec);
      codec = raced == null ? codec : raced;
    }
    return codec;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private TypeCodec<Object> build(DataType live, Type javaType) {
    Class<?> raw = Types.raw(javaType);
    if (live instanceof UserDefinedType udt) {
      require(raw.isAnnotationPresent(io.coodie.core.api.mapping.UserDefinedType.class), live, javaType);
      return new ObjectUdtCodec(registry.codecFor(udt), udt, MappingCache.udt(raw), this);
    }
    if (live instanceof TupleType tuple) {
      require(raw.isAnnotationPresent(CqlTuple.class), live, javaType);
      return new ObjectTupleCodec(registry.codecFor(tuple), tuple, MappingCache.tuple(raw), this);
    }
    if (live instanceof VectorType vector) {
      return (TypeCodec) vector(vector, javaType, raw);
    }
    if (live instanceof ListType list) {
      require(raw == List.class, live, javaType);
      return (TypeCodec) TypeCodecs.listOf(element(list.getElementType(), javaType, 0));
    }
    if (live instanceof SetType set) {
      require(raw == Set.class, live, javaType);
      return (TypeCodec) TypeCodecs.setOf(element(set.getElementType(), javaType, 0));
    }
    if (live instanceof MapType map) {
      require(raw == Map.class, live, javaType);
      return (TypeCodec)
          TypeCodecs.mapOf(
              element(map.getKeyType(), javaType, 0), element(map.getValueType(), javaType, 1));
    }
    if (raw == byte[].class) {
      require(live.equals(DataTypes.BLOB), live, javaType);
      return (TypeCodec) ExtraTypeCodecs.BLOB_TO_ARRAY;
    }
    if (raw.isEnum()) {
      Class enumType = raw;
      return live.equals(DataTypes.INT)
          ? EnumCodecs.ordinals(enumType)
          : EnumCodecs.names(enumType);
    }
    Type lookupType = javaType instanceof Class<?> c ? Types.box(c) : javaType;
    try {
      return (TypeCodec) registry.codecFor(live, GenericType.of(lookupType));
    } catch (CodecNotFoundException e) {
      throw mismatch(live, javaType, e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private TypeCodec<?> vector(VectorType vector, Type javaType, Class<?> raw) {
    if (raw == float[].class) {
      require(vector.getElementType().equals(DataTypes.FLOAT), vector, javaType);
      return new NullSafeCodec<>(ExtraTypeCodecs.floatVectorToArray(vector.getDimensions()));
    }
    require(raw == List.class || raw == CqlVector.class, vector, javaType);
    TypeCodec<CqlVector<Object>> codec =
        new NullSafeCodec<>(TypeCodecs.vectorOf(vector, element(vector.getElementType(), javaType, 0)));
    return raw == CqlVector.class ? codec : new ListVectorCodec(codec);
  }

  private TypeCodec<Object> element(DataType live, Type collectionType, int argument) {
    return codecFor(live, Types.argument(collectionType, argument));
  }

  private static void require(boolean matches, DataType live, Type javaType) {
    if (!matches) {
      throw mismatch(live, javaType, null);
    }
  }

  private static MappingException mismatch(DataType live, Type javaType, Exception cause) {
    return new MappingException(
        "live CQL type "
            + live.asCql(true, true)
            + " cannot be mapped to Java type "
            + javaType.getTypeName()
            + "; the schema and the Java model differ: sync the schema or fix the property type",
        cause);
  }
}
