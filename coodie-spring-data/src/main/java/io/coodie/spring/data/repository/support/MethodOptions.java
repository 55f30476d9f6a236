package io.coodie.spring.data.repository.support;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Query;
import io.coodie.spring.data.repository.AllowFiltering;
import io.coodie.spring.data.repository.Consistency;
import io.coodie.spring.data.repository.IfExists;
import io.coodie.spring.data.repository.IfNotExists;
import io.coodie.spring.data.repository.Iff;
import io.coodie.spring.data.repository.Timestamp;
import io.coodie.spring.data.repository.Ttl;
import io.coodie.spring.data.repository.support.CoodieParameters.CoodieParameter;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * The coodie annotations of one repository method, checked once at start-up and applied to each execution:
 * {@link Consistency}, {@link AllowFiltering}, {@link Ttl}, {@link Timestamp}, {@link IfNotExists}, {@link IfExists}
 * and {@link Iff}. Whether an option fits the method's kind is checked by the query that uses it.
 */
final class MethodOptions {

  /** A parsed {@code @Iff} condition bound to a method parameter. */
  record BoundCondition(String property, Comparison comparison, int parameterIndex) {}

  private final CoodieQueryMethod method;
  private final @Nullable DefaultConsistencyLevel consistency;
  private final @Nullable DefaultConsistencyLevel serialConsistency;
  final boolean allowFiltering;
  final boolean ifNotExists;
  final boolean ifExists;
  final @Nullable Integer ttlSeconds;
  final int ttlParameter;
  final int timestampParameter;
  final List<BoundCondition> conditions;

  private MethodOptions(CoodieQueryMethod method, EntityMetadata<?> entity) {
    this.method = method;
    Method javaMethod = method.method();
    Consistency consistency = annotation(javaMethod, Consistency.class);
    this.consistency = consistency == null ? null : consistency.value();
    if (consistency != null && consistency.serial() != DefaultConsistencyLevel.ONE && !consistency.serial().isSerial()) {
      throw method.invalid("@Consistency(serial = " + consistency.serial() + ") is not a serial consistency level;"
          + " use SERIAL or LOCAL_SERIAL");
    }
    this.serialConsistency = consistency == null || consistency.serial() == DefaultConsistencyLevel.ONE ? null
        : consistency.serial();
    this.allowFiltering = annotation(javaMethod, AllowFiltering.class) != null;
    this.ifNotExists = annotation(javaMethod, IfNotExists.class) != null;
    this.ifExists = annotation(javaMethod, IfExists.class) != null;
    Ttl ttl = annotation(javaMethod, Ttl.class);
    if (ttl != null && ttl.value() < 0) {
      throw method.invalid("@Ttl on a method needs a value in seconds, at least 0, for example @Ttl(3600);"
          + " or put @Ttl on a Duration or int parameter");
    }
    this.ttlSeconds = ttl == null ? null : ttl.value();
    this.ttlParameter = optionParameter(Ttl.class, List.of(int.class, Integer.class, Duration.class),
        "an int or Integer of seconds, or a Duration");
    this.timestampParameter = optionParameter(Timestamp.class, List.of(long.class, Long.class, Instant.class),
        "an Instant, or a long or Long of microseconds since the epoch");
    if (this.ttlSeconds != null && this.ttlParameter >= 0) {
      throw method.invalid("@Ttl is both on the method and on a parameter; keep one");
    }
    Iff iff = annotation(javaMethod, Iff.class);
    this.conditions = iff == null ? List.of() : bind(iff, entity);
    if (this.ifNotExists && (this.ifExists || !this.conditions.isEmpty())) {
      throw method.invalid("@IfNotExists cannot be combined with @IfExists or @Iff");
    }
    if (this.ifExists && !this.conditions.isEmpty()) {
      throw method.invalid("@IfExists cannot be combined with @Iff (Cassandra takes one or the other)");
    }
  }

  /** The options of {@code method}, validated against the entity. */
  static MethodOptions of(CoodieQueryMethod method, EntityMetadata<?> entity) {
    return new MethodOptions(method, entity);
  }

  /** Whether the method carries a coodie statement option (on itself or a parameter); {@code @Query} is not one. */
  static boolean isAnnotated(Method method) {
    for (Class<? extends Annotation> type : List.of(Consistency.class, AllowFiltering.class, IfNotExists.class,
        IfExists.class, Iff.class, Ttl.class)) {
      if (annotation(method, type) != null) {
        return true;
      }
    }
    for (Annotation[] annotations : method.getParameterAnnotations()) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof Ttl || annotation instanceof Timestamp) {
          return true;
        }
      }
    }
    return false;
  }

  private static <A extends Annotation> @Nullable A annotation(Method method, Class<A> type) {
    return AnnotatedElementUtils.findMergedAnnotation(method, type);
  }

  private int optionParameter(Class<? extends Annotation> annotation, List<Class<?>> types, String expected) {
    int found = -1;
    Method javaMethod = this.method.method();
    for (int i = 0; i < javaMethod.getParameterCount(); i++) {
      if (javaMethod.getParameters()[i].isAnnotationPresent(annotation)) {
        if (found >= 0) {
          throw this.method.invalid("more than one parameter carries @" + annotation.getSimpleName());
        }
        if (!types.contains(javaMethod.getParameterTypes()[i])) {
          throw this.method.invalid("the @" + annotation.getSimpleName() + " parameter '"
              + javaMethod.getParameters()[i].getName() + "' is a " + javaMethod.getParameterTypes()[i].getName()
              + "; use " + expected);
        }
        found = i;
      }
    }
    return found;
  }

  private List<BoundCondition> bind(Iff iff, EntityMetadata<?> entity) {
    List<IffConditions.Condition> parsed;
    try {
      parsed = IffConditions.parse(iff.value());
    } catch (IllegalArgumentException ex) {
      throw this.method.invalid(ex.getMessage());
    }
    List<BoundCondition> bound = new ArrayList<>();
    for (IffConditions.Condition condition : parsed) {
      Optional<ColumnMetadata> column = entity.findColumn(condition.property());
      if (column.isEmpty()) {
        throw this.method.invalid("@Iff(\"" + iff.value() + "\") names the property '" + condition.property()
            + "', which " + entity.javaType().getSimpleName() + " does not map; its properties are "
            + entity.columns().stream().map(ColumnMetadata::propertyName).toList());
      }
      if (column.get().kind().isPrimaryKey()) {
        throw this.method.invalid("@Iff(\"" + iff.value() + "\") tests the primary key property '"
            + condition.property() + "'; Cassandra allows conditions on non-key columns only (use @IfExists)");
      }
      bound.add(new BoundCondition(condition.property(), condition.comparison(),
          parameterIndex(condition.parameter(), iff.value())));
    }
    return bound;
  }

  private int parameterIndex(String name, String iff) {
    List<String> names = new ArrayList<>();
    for (CoodieParameter parameter : this.method.getParameters()) {
      if (parameter.isBindable() && parameter.getName().isPresent()) {
        if (parameter.getName().get().equals(name)) {
          return parameter.getIndex();
        }
        names.add(parameter.getName().get());
      }
    }
    throw this.method.invalid("@Iff(\"" + iff + "\") uses :" + name + " but the method has no such parameter"
        + " (it has " + names + "; name parameters with @Param or compile with -parameters)");
  }

  /** Method parameter indexes the conditions use. */
  Set<Integer> conditionParameters() {
    Set<Integer> used = new LinkedHashSet<>();
    this.conditions.forEach((condition) -> used.add(condition.parameterIndex()));
    return used;
  }

  /** Whether the method has write-only options (TTL, timestamp, conditions). */
  boolean hasWriteOptions() {
    return this.ttlSeconds != null || this.ttlParameter >= 0 || this.timestampParameter >= 0 || this.ifNotExists
        || this.ifExists || !this.conditions.isEmpty();
  }

  boolean isConditional() {
    return this.ifNotExists || this.ifExists || !this.conditions.isEmpty();
  }

  /** The read options: consistency and {@code ALLOW FILTERING}. */
  <T> Query<T> apply(Query<T> query) {
    Query<T> result = this.allowFiltering ? query.allowFiltering() : query;
    result = this.consistency == null ? result : result.consistency(this.consistency);
    return this.serialConsistency == null ? result : result.serialConsistency(this.serialConsistency);
  }

  /** The write options of an entity write, with this call's TTL, timestamp and condition values. */
  <T> EntityOperations<T> apply(EntityOperations<T> operations, Object[] args) {
    EntityOperations<T> result = operations;
    if (this.consistency != null) {
      result = result.consistency(this.consistency);
    }
    if (this.serialConsistency != null) {
      result = result.serialConsistency(this.serialConsistency);
    }
    if (this.ttlSeconds != null) {
      result = result.ttl(this.ttlSeconds);
    } else if (this.ttlParameter >= 0 && args[this.ttlParameter] != null) {
      result = args[this.ttlParameter] instanceof Duration duration ? result.ttl(duration)
          : result.ttl((Integer) args[this.ttlParameter]);
    }
    if (this.timestampParameter >= 0 && args[this.timestampParameter] != null) {
      result = args[this.timestampParameter] instanceof Instant instant ? result.timestamp(instant)
          : result.timestamp((Long) args[this.timestampParameter]);
    }
    if (this.ifNotExists) {
      result = result.ifNotExists();
    }
    if (this.ifExists) {
      result = result.ifExists();
    }
    for (BoundCondition condition : this.conditions) {
      result = result.iff(condition.property(), condition.comparison(), value(condition, args));
    }
    return result;
  }

  /** The options of a DELETE, with this call's timestamp and condition values. */
  <T> Delete<T> apply(Delete<T> delete, Object[] args) {
    Delete<T> result = delete;
    if (this.consistency != null) {
      result = result.consistency(this.consistency);
    }
    if (this.serialConsistency != null) {
      result = result.serialConsistency(this.serialConsistency);
    }
    if (this.timestampParameter >= 0 && args[this.timestampParameter] != null) {
      result = args[this.timestampParameter] instanceof Instant instant ? result.timestamp(instant)
          : result.timestamp((Long) args[this.timestampParameter]);
    }
    if (this.ifExists) {
      result = result.ifExists();
    }
    for (BoundCondition condition : this.conditions) {
      result = result.iff(condition.property(), condition.comparison(), value(condition, args));
    }
    return result;
  }

  private static Object value(BoundCondition condition, Object[] args) {
    Object value = args[condition.parameterIndex()];
    if (condition.comparison() == Comparison.IN && value instanceof Object[] array) {
      return List.of(array);
    }
    if (condition.comparison() == Comparison.IN && !(value instanceof Collection<?>)) {
      throw new IllegalArgumentException("The IN condition on " + condition.property() + " needs a collection, got "
          + (value == null ? "null" : "a " + value.getClass().getName())); // the type only: values may be personal data
    }
    return value;
  }

  /** The consistency level set with {@code @Consistency}, if any. */
  @Nullable DefaultConsistencyLevel consistency() {
    return this.consistency;
  }

  @Nullable DefaultConsistencyLevel serialConsistency() {
    return this.serialConsistency;
  }
}
