package io.coodie.spring.data.repository.support;

import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.query.Delete;
import io.coodie.spring.data.repository.support.CoodieParameters.CoodieParameter;
import io.coodie.spring.data.repository.support.ReturnShape.Kind;
import java.lang.reflect.Method;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import org.springframework.core.ResolvableType;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * A write method taking the entity (or, for deletes, its ID) as first parameter: {@code insert...}, {@code save...},
 * {@code update...}, {@code delete...}/{@code remove...} (without {@code By}, which makes a derived delete), with
 * {@code @Ttl}, {@code @Timestamp}, {@code @IfNotExists}, {@code @IfExists}, {@code @Iff} and {@code @Consistency}.
 * Also serves re-declared {@code save}, {@code insert}, {@code update}, {@code delete} and {@code deleteById} of
 * {@code CoodieRepository} that carry those annotations.
 *
 * <p>Returns {@code void}, {@code boolean} (applied: false when a condition did not hold) or the entity (a failed
 * condition throws {@link LwtException}), or a {@code CompletableFuture} of those.
 *
 * @param <T> the entity type
 * @param <ID> the ID type
 */
final class EntityWriteQuery<T, ID> implements RepositoryQuery {

  private static final Pattern WRITE = Pattern.compile("^(insert|save|update|delete|remove)(\\p{Lu}.*)?$");

  private static final Pattern DERIVED_DELETE = Pattern.compile("^(delete|remove)((\\p{Lu}.*?))??By");

  enum Operation { INSERT, SAVE, UPDATE, DELETE, DELETE_BY_ID }

  private final CoodieQueryMethod method;
  private final RepositoryContext<T, ID> context;
  private final Operation operation;
  private final MethodOptions options;
  private final ReturnShape shape;

  EntityWriteQuery(CoodieQueryMethod method, RepositoryContext<T, ID> context) {
    this.method = method;
    this.context = context;
    Method javaMethod = method.method();
    this.operation = operation(javaMethod);
    this.options = MethodOptions.of(method, context.metadata());
    this.shape = ReturnShape.of(javaMethod, method.repositoryInterface(), context.domainType());
    checkReturnType();
    checkOptions();
    checkParameters();
    if (context.information().writer().isVersioned() && this.options.isConditional()) {
      throw method.invalid("@IfNotExists, @IfExists and @Iff do not apply: "
          + context.domainType().getSimpleName() + " has a @Version property, and its writes are conditional on"
          + " the version already (insert IF NOT EXISTS, update and delete IF version = ?)");
    }
  }

  /** Whether {@code method} is an entity write rather than a derived query. */
  static boolean handles(Method method) {
    return method.getParameterCount() > 0 && WRITE.matcher(method.getName()).matches()
        && !DERIVED_DELETE.matcher(method.getName()).find();
  }

  private Operation operation(Method javaMethod) {
    java.util.regex.Matcher matcher = WRITE.matcher(javaMethod.getName());
    if (!matcher.matches() || javaMethod.getParameterCount() == 0) {
      throw this.method.invalid("a write method is named insert..., save..., update..., delete... or remove... and"
          + " takes the entity as first parameter");
    }
    String verb = matcher.group(1).toUpperCase(Locale.ROOT);
    Operation operation = verb.equals("REMOVE") ? Operation.DELETE : Operation.valueOf(verb);
    Class<?> first = ResolvableType.forMethodParameter(javaMethod, 0, this.method.repositoryInterface()).toClass();
    if (this.context.domainType().isAssignableFrom(first)) {
      return operation;
    }
    Class<?> idType = this.context.information().getIdType();
    if (operation == Operation.DELETE && (idType.isAssignableFrom(first) || first.isAssignableFrom(idType))) {
      return Operation.DELETE_BY_ID;
    }
    throw this.method.invalid("the first parameter of a write method must be the entity "
        + this.context.domainType().getSimpleName() + (operation == Operation.DELETE ? " or its ID "
        + idType.getSimpleName() : "") + ", not " + first.getSimpleName()
        + " (for a query, name the method find...By..., or delete...By... for a derived delete)");
  }

  private void checkReturnType() {
    Kind kind = this.shape.kind();
    if (!(kind == Kind.VOID || kind == Kind.BOOLEAN || (kind == Kind.ENTITY && this.operation != Operation.DELETE_BY_ID))) {
      throw this.method.invalid("the return type " + this.shape.describe(this.method.method()) + " is not supported"
          + " for a write: return void, boolean (whether it was applied)"
          + (this.operation == Operation.DELETE_BY_ID ? "" : " or the entity") + ", or a CompletableFuture of those");
    }
  }

  private void checkOptions() {
    boolean writesCells = this.operation == Operation.INSERT || this.operation == Operation.SAVE
        || this.operation == Operation.UPDATE;
    String name = switch (this.operation) {
      case INSERT -> "an insert";
      case SAVE -> "a save";
      case UPDATE -> "an update";
      case DELETE -> "a delete";
      case DELETE_BY_ID -> "a delete by ID";
    };
    if (this.options.allowFiltering) {
      throw this.method.invalid("@AllowFiltering applies to derived queries, not to " + name);
    }
    if ((this.options.ttlSeconds != null || this.options.ttlParameter >= 0) && !writesCells) {
      throw this.method.invalid("@Ttl applies to inserts, saves and updates, not to " + name);
    }
    if (this.options.ifNotExists && this.operation != Operation.INSERT) {
      throw this.method.invalid("@IfNotExists applies to insert methods, not to " + name
          + (this.operation == Operation.SAVE ? " (name the method insert...)" : ""));
    }
    if ((this.options.ifExists || !this.options.conditions.isEmpty())
        && (this.operation == Operation.INSERT || this.operation == Operation.SAVE)) {
      throw this.method.invalid("@IfExists and @Iff apply to update and delete methods, not to " + name
          + (this.operation == Operation.SAVE ? " (name the method update...)" : ""));
    }
  }

  private void checkParameters() {
    Set<Integer> used = new HashSet<>(this.options.conditionParameters());
    used.add(0);
    used.add(this.options.ttlParameter);
    used.add(this.options.timestampParameter);
    for (CoodieParameter parameter : this.method.getParameters()) {
      if (!used.contains(parameter.getIndex())) {
        throw this.method.invalid("the parameter '" + parameter.getName().orElse("#" + parameter.getIndex())
            + "' is not used: a write method takes the entity, then @Ttl, @Timestamp or @Iff parameters");
      }
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public Object execute(Object[] parameters) {
    Object target = parameters[0];
    if (target == null) {
      throw new IllegalArgumentException(InvalidRepositoryMethodException.describe(this.method.method())
          + ": the " + (this.operation == Operation.DELETE_BY_ID ? "ID" : "entity") + " must not be null");
    }
    if (this.operation == Operation.DELETE_BY_ID) {
      Delete<T> delete = this.options.apply(this.context.byId((ID) target).delete(), parameters);
      return Results.delete(delete, this.shape, (lwt) -> ConditionFailures.translate(this.options, this.method, lwt));
    }
    T entity = (T) target;
    EntityOperations<T> operations = this.options.apply(this.context.operations(), parameters);
    EntityWriter<T> writer = this.context.information().writer();
    CompletionStage<T> write;
    if (writer.isNeeded() && this.operation != Operation.DELETE) {
      write = writer.writeAsync(switch (this.operation) {
        case INSERT -> EntityWriter.Kind.INSERT;
        case UPDATE -> writer.isVersioned() ? EntityWriter.Kind.SAVE : EntityWriter.Kind.UPDATE;
        default -> EntityWriter.Kind.SAVE;
      }, operations, entity);
    } else {
      CompletionStage<Void> plain = switch (this.operation) {
        case INSERT -> operations.insertAsync(entity);
        case SAVE -> operations.saveAsync(entity);
        case UPDATE -> operations.updateAsync(entity);
        default -> writer.deleteAsync(operations, entity);
      };
      write = plain.thenApply((ignored) -> entity);
    }
    CompletableFuture<Object> result = write.toCompletableFuture().handle((written, failure) -> {
      if (failure == null) {
        return this.shape.kind() == Kind.BOOLEAN ? Boolean.TRUE : this.shape.kind() == Kind.ENTITY ? written : null;
      }
      RuntimeException cause = Concurrently.unwrap(failure);
      if (this.shape.kind() == Kind.BOOLEAN && ConditionFailures.isNotApplied(cause)) {
        return Boolean.FALSE;
      }
      throw new CompletionException(cause instanceof LwtException lwt
          ? ConditionFailures.translate(this.options, this.method, lwt) : cause);
    });
    return this.shape.async() ? result : Concurrently.join(result);
  }

  @Override
  public CoodieQueryMethod getQueryMethod() {
    return this.method;
  }
}
