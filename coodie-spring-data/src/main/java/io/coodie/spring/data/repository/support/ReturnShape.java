package io.coodie.spring.data.repository.support;

import java.lang.reflect.Method;
import java.lang.reflect.TypeVariable;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.stream.Stream;
import org.springframework.core.ResolvableType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Slice;

/**
 * What a repository method returns, resolved once at start-up: whether it is asynchronous
 * ({@code CompletableFuture} or {@code CompletionStage}) and the kind of value inside.
 *
 * @param async whether the method returns a future
 * @param kind the kind of the (inner) value
 * @param type the (inner) raw type
 */
record ReturnShape(boolean async, Kind kind, Class<?> type) {

  /** Kinds of return values. */
  enum Kind {
    /** {@code void} or {@code Void}. */
    VOID,
    /** {@code boolean} or {@code Boolean}. */
    BOOLEAN,
    /** {@code long}, {@code Long}, {@code int} or {@code Integer}. */
    NUMBER,
    /** The entity (or a supertype of it). */
    ENTITY,
    /** {@code Optional} of the entity. */
    OPTIONAL,
    /** {@code List}, {@code Collection} or {@code Iterable} of the entity. */
    LIST,
    /** {@code Stream} of the entity. */
    STREAM,
    /** {@code Slice} (or {@code CoodieSlice}) of the entity. */
    SLICE,
    /** Anything else: projections, {@code Page}, other containers. */
    UNSUPPORTED
  }

  /** The shape of {@code method}'s return type, invoked through {@code repository} on {@code domainType}. */
  static ReturnShape of(Method method, Class<?> repository, Class<?> domainType) {
    ResolvableType type = ResolvableType.forMethodReturnType(method, repository);
    boolean async = false;
    Class<?> raw = type.toClass();
    if (raw == CompletableFuture.class || raw == CompletionStage.class) {
      async = true;
      type = type.getGeneric(0);
      raw = type.toClass();
    }
    if (method.getGenericReturnType() instanceof TypeVariable<?> && !async) {
      return new ReturnShape(false, Kind.ENTITY, domainType);
    }
    return new ReturnShape(async, kind(type, raw, domainType), raw);
  }

  private static Kind kind(ResolvableType type, Class<?> raw, Class<?> domainType) {
    if (raw == void.class || raw == Void.class) {
      return Kind.VOID;
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return Kind.BOOLEAN;
    }
    if (raw == long.class || raw == Long.class || raw == int.class || raw == Integer.class) {
      return Kind.NUMBER;
    }
    if (raw == Page.class || raw == Object.class) {
      return Kind.UNSUPPORTED;
    }
    Kind container = raw == Optional.class ? Kind.OPTIONAL : raw == Stream.class ? Kind.STREAM
        : Slice.class.isAssignableFrom(raw) ? Kind.SLICE
        : raw == List.class || raw == java.util.Collection.class || raw == Iterable.class ? Kind.LIST : null;
    if (container == null) {
      return raw.isAssignableFrom(domainType) ? Kind.ENTITY : Kind.UNSUPPORTED;
    }
    Class<?> element = type.getGeneric(0).toClass();
    return element.isAssignableFrom(domainType) || element == Object.class ? container : Kind.UNSUPPORTED;
  }

  /** Whether the value is entities (one or more). */
  boolean isEntities() {
    return this.kind == Kind.ENTITY || this.kind == Kind.OPTIONAL || this.kind == Kind.LIST
        || this.kind == Kind.STREAM || this.kind == Kind.SLICE;
  }

  /** A count in the declared numeric type. */
  Object number(long value) {
    if (this.type == int.class || this.type == Integer.class) {
      return Math.toIntExact(value);
    }
    return value;
  }

  /** A description for error messages. */
  String describe(Method method) {
    return method.getGenericReturnType().getTypeName().replaceAll("[\\w.]+\\.(\\w+)", "$1");
  }
}
