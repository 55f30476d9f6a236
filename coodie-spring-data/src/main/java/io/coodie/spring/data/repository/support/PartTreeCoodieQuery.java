package io.coodie.spring.data.repository.support;

import io.coodie.core.api.QueryValidationException;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Query;
import io.coodie.spring.data.repository.support.CoodieParameters.CoodieParameter;
import io.coodie.spring.data.repository.support.ReturnShape.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.core.PropertyReferenceException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.query.ParametersParameterAccessor;
import org.springframework.data.repository.query.RepositoryQuery;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * A query derived from the method name by Spring Data's {@link PartTree} ({@code find/read/get/query/search/stream},
 * {@code count}, {@code exists}, {@code delete/remove} ... {@code By} ...), mapped to coodie-core's query API by
 * {@link CoodieQueryCreator}. Everything is checked when the repository is created: keywords, properties, return
 * type, parameters, and the CQL itself, rendered with placeholder values so that coodie-core's validator reports a
 * query that would need {@code ALLOW FILTERING} (the method then needs {@code @AllowFiltering}).
 *
 * @param <T> the entity type
 */
final class PartTreeCoodieQuery<T> implements RepositoryQuery {

  private enum Operation { FIND, COUNT, EXISTS, DELETE }

  private final CoodieQueryMethod method;
  private final RepositoryContext<T, ?> context;
  private final PartTree tree;
  private final MethodOptions options;
  private final ReturnShape shape;
  private final Operation kind;

  PartTreeCoodieQuery(CoodieQueryMethod method, RepositoryContext<T, ?> context) {
    this.method = method;
    this.context = context;
    this.tree = parse();
    this.kind = this.tree.isDelete() ? Operation.DELETE : this.tree.isCountProjection() ? Operation.COUNT
        : this.tree.isExistsProjection() ? Operation.EXISTS : Operation.FIND;
    this.options = MethodOptions.of(method, context.metadata());
    this.shape = ReturnShape.of(method.method(), method.repositoryInterface(), context.domainType());
    checkParts();
    checkReturnType();
    checkOptions();
    checkParameters();
    checkCql();
  }

  private PartTree parse() {
    EntityMetadata<T> metadata = this.context.metadata();
    try {
      return new PartTree(this.method.getName(), this.context.domainType());
    } catch (PropertyReferenceException ex) {
      throw this.method.invalid(ex.getMessage() + "; the mapped properties of " + metadata.javaType().getSimpleName()
          + " are " + properties(metadata));
    } catch (IllegalArgumentException ex) {
      throw this.method.invalid("cannot derive a query from the name: " + ex.getMessage());
    }
  }

  private void checkParts() {
    if (this.tree.stream().count() > 1) {
      throw this.method.invalid("Or is not supported: Cassandra has no OR in WHERE clauses. Declare one method per"
          + " alternative, or use In on a single column (findBySkuIn)");
    }
    EntityMetadata<T> metadata = this.context.metadata();
    for (Part part : this.tree.getParts()) {
      String property = part.getProperty().getSegment();
      if (part.getProperty().hasNext()) {
        throw this.method.invalid("the nested property path " + part.getProperty().toDotPath() + " is not supported;"
            + " restrict top-level properties of " + metadata.javaType().getSimpleName());
      }
      Optional<ColumnMetadata> column = metadata.findColumn(property);
      if (column.isEmpty()) {
        throw this.method.invalid("the property '" + property + "' is not mapped to a column of "
            + metadata.javaType().getSimpleName() + "; its mapped properties are " + properties(metadata));
      }
      if (part.shouldIgnoreCase() != Part.IgnoreCaseType.NEVER) {
        throw this.method.invalid("IgnoreCase is not supported: Cassandra compares case-sensitively (store a"
            + " normalized copy of the column and query that)");
      }
      if (!CoodieQueryCreator.SUPPORTED.contains(part.getType())) {
        throw this.method.invalid("the keyword " + part.getType().getKeywords().iterator().next() + " (on " + property
            + ") is not supported; supported: Is/Equals, Not, LessThan, LessThanEqual, GreaterThan, GreaterThanEqual,"
            + " Before, After, Between, In, Containing, Like, StartingWith, EndingWith, True, False."
            + " Use @Query for anything else");
      }
      if (part.getType() == Part.Type.CONTAINING && !column.get().isCollection()
          && !column.get().cqlType().asCql(false, true).matches("text|varchar|ascii")) {
        throw this.method.invalid("Containing on " + property + " needs a list, set, map or text column, not "
            + column.get().cqlType().asCql(true, true));
      }
    }
  }

  private void checkReturnType() {
    String declared = this.shape.describe(this.method.method());
    boolean fits = switch (this.kind) {
      case FIND -> this.shape.isEntities() && !(this.shape.async() && this.shape.kind() == Kind.STREAM);
      case COUNT -> this.shape.kind() == Kind.NUMBER;
      case EXISTS -> this.shape.kind() == Kind.BOOLEAN;
      case DELETE -> this.shape.kind() == Kind.VOID || this.shape.kind() == Kind.BOOLEAN;
    };
    if (!fits) {
      throw this.method.invalid("the return type " + declared + " is not supported for a " + this.kind.name()
          .toLowerCase() + " query; " + switch (this.kind) {
            case FIND -> "return the entity, Optional, List, Stream or Slice of it, or a CompletableFuture of one of"
                + " those (not Page, projections or other types)";
            case COUNT -> "return long or int (or a CompletableFuture of it)";
            case EXISTS -> "return boolean (or CompletableFuture<Boolean>)";
            case DELETE -> "return void, or boolean for whether a conditional delete was applied (or a"
                + " CompletableFuture of those)";
          });
    }
    CoodieParameters parameters = this.method.getParameters();
    if (this.shape.kind() == Kind.SLICE && !parameters.hasPageableParameter()) {
      throw this.method.invalid("a Slice needs a Pageable parameter (CoodiePageRequest.first(size) for the first"
          + " slice, slice.nextPageable() for the next)");
    }
    if (parameters.hasPageableParameter() && this.shape.kind() != Kind.SLICE && this.shape.kind() != Kind.LIST) {
      throw this.method.invalid("a Pageable parameter needs a Slice or List return type");
    }
    if (this.shape.kind() == Kind.SLICE && hasNegation()) {
      throw this.method.invalid("Not cannot be paged with a paging state (coodie filters != after reading);"
          + " return a List or Stream");
    }
  }

  private void checkOptions() {
    if (this.kind != Operation.DELETE && this.options.hasWriteOptions()) {
      throw this.method.invalid("@Ttl, @Timestamp, @IfNotExists, @IfExists and @Iff apply to writes, and this is a"
          + " read");
    }
    if (this.kind == Operation.DELETE) {
      if (this.options.ttlSeconds != null || this.options.ttlParameter >= 0) {
        throw this.method.invalid("@Ttl does not apply to a delete");
      }
      if (this.options.ifNotExists) {
        throw this.method.invalid("@IfNotExists applies to inserts; a delete takes @IfExists or @Iff");
      }
      if (this.options.allowFiltering) {
        throw this.method.invalid("@AllowFiltering does not apply to a delete: deletes need the partition key");
      }
    }
    if (this.kind != Operation.FIND && (this.tree.isDistinct() || this.tree.isLimiting())) {
      throw this.method.invalid("Distinct, First and Top apply to find methods only");
    }
  }

  private void checkParameters() {
    CoodieParameters parameters = this.method.getParameters();
    if (this.kind != Operation.FIND && (parameters.hasPageableParameter() || parameters.hasSortParameter()
        || parameters.hasLimitParameter())) {
      throw this.method.invalid("Pageable, Sort and Limit parameters apply to find methods only");
    }
    int needed = this.tree.getParts().stream().mapToInt(Part::getNumberOfArguments).sum();
    List<CoodieParameter> bindable = new ArrayList<>();
    parameters.getBindableParameters().forEach(bindable::add);
    List<Integer> extra = bindable.stream().skip(needed).map(CoodieParameter::getIndex).toList();
    List<Integer> conditions = List.copyOf(this.options.conditionParameters());
    if (bindable.size() < needed || !extra.stream().sorted().toList().equals(conditions.stream().sorted().toList())) {
      throw this.method.invalid("the name needs " + needed + " argument(s) but the method has " + bindable.size()
          + " query parameter(s)" + (conditions.isEmpty() ? "" : ", of which " + conditions.size() + " for @Iff"
          + " (they must come after the others)"));
    }
  }

  private void checkCql() {
    Query<T> query = build(new CoodieQueryCreator<>(this.tree, base(), this.context.metadata()).createQuery());
    try {
      if (this.kind == Operation.DELETE) {
        this.options.apply(query.delete(), placeholders()).cql();
      } else {
        query.cql();
      }
    } catch (QueryValidationException ex) {
      throw this.method.invalid(ex.getMessage() + (ex.fixedByAllowFiltering() && !hasAllowFiltering()
          ? " On a repository method, annotate it with @AllowFiltering to accept the scan." : ""));
    } catch (IllegalArgumentException | UnsupportedOperationException ex) {
      throw this.method.invalid(ex.getMessage());
    }
  }

  /** Arguments standing for the real ones where options need them: conditions and timestamps. */
  private Object[] placeholders() {
    Object[] placeholders = new Object[this.method.method().getParameterCount()];
    this.options.conditions.forEach((c) -> placeholders[c.parameterIndex()] =
        c.comparison() == io.coodie.core.api.query.Comparison.IN ? List.of("placeholder") : "placeholder");
    if (this.options.timestampParameter >= 0) {
      placeholders[this.options.timestampParameter] =
          this.method.method().getParameterTypes()[this.options.timestampParameter] == java.time.Instant.class
              ? java.time.Instant.EPOCH : Long.valueOf(0);
    }
    return placeholders;
  }

  private boolean hasAllowFiltering() {
    return this.options.allowFiltering;
  }

  private boolean hasNegation() {
    return this.tree.getParts().stream().anyMatch((p) -> p.getType() == Part.Type.NEGATING_SIMPLE_PROPERTY);
  }

  private Query<T> base() {
    return this.options.apply(this.context.operations().query());
  }

  private Query<T> build(Query<T> query) {
    Query<T> built = this.tree.isDistinct() ? query.distinct() : query;
    return this.tree.isLimiting() ? built.limit(this.tree.getMaxResults()) : built;
  }

  @Override
  public Object execute(Object[] parameters) {
    ParametersParameterAccessor accessor = new ParametersParameterAccessor(this.method.getParameters(), parameters);
    Query<T> query = build(new CoodieQueryCreator<>(this.tree, accessor, base(), this.context.metadata())
        .createQuery());
    // only a Limit parameter: the accessor also derives a limit from a Pageable, which would cut slices short
    Limit limit = this.method.getParameters().hasLimitParameter() ? accessor.getLimit() : Limit.unlimited();
    if (limit.isLimited()) {
      query = query.limit(this.tree.isLimiting() ? Math.min(this.tree.getMaxResults(), limit.max()) : limit.max());
    }
    return switch (this.kind) {
      case FIND -> Results.find(query, this.shape, accessor.getPageable(), this.tree.isLimiting());
      case COUNT -> this.shape.async() ? query.countAsync().thenApply(this.shape::number).toCompletableFuture()
          : this.shape.number(query.count());
      case EXISTS -> this.shape.async()
          ? query.only().limit(1).firstAsync().thenApply(Optional::isPresent).toCompletableFuture()
          : query.exists();
      case DELETE -> Results.delete(delete(query, parameters), this.shape,
          (lwt) -> ConditionFailures.translate(this.options, this.method, lwt));
    };
  }

  private Delete<T> delete(Query<T> query, Object[] parameters) {
    return this.options.apply(query.delete(), parameters);
  }

  @Override
  public CoodieQueryMethod getQueryMethod() {
    return this.method;
  }

  /** The CQL of the query (with placeholders), for tests and logs. */
  String cql() {
    Query<T> query = build(new CoodieQueryCreator<>(this.tree, base(), this.context.metadata()).createQuery());
    return this.kind == Operation.DELETE ? this.options.apply(query.delete(), placeholders()).cql() : query.cql();
  }

  private static String properties(EntityMetadata<?> metadata) {
    return metadata.columns().stream().filter((c) -> !c.isDiscriminator()).map(ColumnMetadata::propertyName)
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
