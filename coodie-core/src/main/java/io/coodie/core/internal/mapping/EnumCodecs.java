package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.util.HashMap;
import java.util.Map;

/**
 * Enums as their names ({@code text}) or ordinals ({@code int}), like the driver's {@code ExtraTypeCodecs}, but a
 * stored name or ordinal that no constant has fails with a message that does not repeat the stored value (row values
 * can be personal data, and messages get logged); the caller adds the entity, property and column.
 */
final class EnumCodecs {

  private EnumCodecs() {}

  static <E extends Enum<E>> TypeCodec<E> names(Class<E> type) {
    return new Names<>(type);
  }

  static <E extends Enum<E>> TypeCodec<E> ordinals(Class<E> type) {
    return new Ordinals<>(type);
  }

  private static final class Names<E extends Enum<E>> extends MappingCodec<String, E> {
    private final Class<E> type;
    private final Map<String, E> byName = new HashMap<>();

    Names(Class<E> type) {
      super(TypeCodecs.TEXT, GenericType.of(type));
      this.type = type;
      for (E constant : type.getEnumConstants()) {
        byName.put(constant.name(), constant);
      }
    }

    @Override
    protected E innerToOuter(String value) {
      if (value == null) {
        return null;
      }
      E constant = byName.get(value);
      if (constant == null) {
        throw new IllegalArgumentException("the stored name is not a constant of " + type.getName()
            + " (renamed or removed?)");
      }
      return constant;
    }

    @Override
    protected String outerToInner(E value) {
      return value == null ? null : value.name();
    }
  }

  private static final class Ordinals<E extends Enum<E>> extends MappingCodec<Integer, E> {
    private final Class<E> type;
    private final E[] constants;

    Ordinals(Class<E> type) {
      super(TypeCodecs.INT, GenericType.of(type));
      this.type = type;
      this.constants = type.getEnumConstants();
    }

    @Override
    protected E innerToOuter(Integer value) {
      if (value == null) {
        return null;
      }
      if (value < 0 || value >= constants.length) {
        throw new IllegalArgumentException("the stored ordinal is not one of the " + constants.length
            + " constants of " + type.getName());
      }
      return constants[value];
    }

    @Override
    protected Integer outerToInner(E value) {
      return value == null ? null : value.ordinal();
    }
  }
}
