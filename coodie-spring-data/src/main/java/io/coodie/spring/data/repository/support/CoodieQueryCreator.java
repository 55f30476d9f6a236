package io.coodie.spring.data.repository.support;

import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Where;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.ParameterAccessor;
import org.springframework.data.repository.query.parser.AbstractQueryCreator;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.Part.Type;
import org.springframework.data.repository.query.parser.PartTree;

/**
 * Maps the parts of a Spring Data {@link PartTree} to coodie-core {@link Query} restrictions:
 *
 * <table>
 *   <caption>Keywords</caption>
 *   <tr><th>Keyword</th><th>Query</th></tr>
 *   <tr><td>{@code Is}, {@code Equals}, none</td><td>{@code where(p).eq(v)}</td></tr>
 *   <tr><td>{@code Not}, {@code IsNot}</td><td>{@code where(p).ne(v)} (needs {@code @AllowFiltering})</td></tr>
 *   <tr><td>{@code LessThan}, {@code Before}</td><td>{@code lt}</td></tr>
 *   <tr><td>{@code LessThanEqual}</td><td>{@code lte}</td></tr>
 *   <tr><td>{@code GreaterThan}, {@code After}</td><td>{@code gt}</td></tr>
 *   <tr><td>{@code GreaterThanEqual}</td><td>{@code gte}</td></tr>
 *   <tr><td>{@code Between}</td><td>{@code gte(a)} and {@code lte(b)}, both bounds included</td></tr>
 *   <tr><td>{@code In}</td><td>{@code in(collection)}</td></tr>
 *   <tr><td>{@code Containing}</td><td>{@code contains(v)} on a list, set or map (its values);
 *       {@code like("%v%")} on text</td></tr>
 *   <tr><td>{@code Like}</td><td>{@code like(v)}, the pattern as given</td></tr>
 *   <tr><td>{@code StartingWith}, {@code EndingWith}</td><td>{@code like("v%")}, {@code like("%v")}</td></tr>
 *   <tr><td>{@code True}, {@code False}</td><td>{@code eq(true)}, {@code eq(false)}</td></tr>
 * </table>
 *
 * Everything else ({@code Or}, {@code IgnoreCase}, {@code IsNull}, {@code NotIn}, {@code NotLike}, {@code Exists},
 * {@code Near}, {@code Regex}, {@code IsEmpty}, nested properties) is refused at start-up. Used in two modes: with
 * the call's arguments, or, at start-up, with placeholder values to render and validate the CQL.
 *
 * @param <T> the entity type
 */
final class CoodieQueryCreator<T> extends AbstractQueryCreator<Query<T>, UnaryOperator<Query<T>>> {

  /** The part types coodie maps. */
  static final Set<Type> SUPPORTED = EnumSet.of(Type.SIMPLE_PROPERTY, Type.NEGATING_SIMPLE_PROPERTY, Type.LESS_THAN,
      Type.LESS_THAN_EQUAL, Type.GREATER_THAN, Type.GREATER_THAN_EQUAL, Type.BEFORE, Type.AFTER, Type.BETWEEN, Type.IN,
      Type.CONTAINING, Type.LIKE, Type.STARTING_WITH, Type.ENDING_WITH, Type.TRUE, Type.FALSE);

  private static final String PLACEHOLDER = "placeholder";

  private final Query<T> base;
  private final EntityMetadata<T> metadata;
  private final boolean placeholders;

  /** A creator binding the call's arguments; {@code accessor}'s sort (a {@code Sort} or pageable) is applied. */
  CoodieQueryCreator(PartTree tree, ParameterAccessor accessor, Query<T> base, EntityMetadata<T> metadata) {
    super(tree, accessor);
    this.base = base;
    this.metadata = metadata;
    this.placeholders = false;
  }

  /** A creator binding placeholders, to render the query's CQL at start-up. */
  CoodieQueryCreator(PartTree tree, Query<T> base, EntityMetadata<T> metadata) {
    super(tree);
    this.base = base;
    this.metadata = metadata;
    this.placeholders = true;
  }

  @Override
  protected UnaryOperator<Query<T>> create(Part part, Iterator<Object> values) {
    Object[] args = take(part, values);
    return (query) -> restrict(query, part, args);
  }

  @Override
  protected UnaryOperator<Query<T>> and(Part part, UnaryOperator<Query<T>> base, Iterator<Object> values) {
    Object[] args = take(part, values);
    return (query) -> restrict(base.apply(query), part, args);
  }

  @Override
  protected UnaryOperator<Query<T>> or(UnaryOperator<Query<T>> base, UnaryOperator<Query<T>> criteria) {
    throw new UnsupportedOperationException("Or is not supported: Cassandra has no OR");
  }

  @Override
  protected Query<T> complete(UnaryOperator<Query<T>> criteria, Sort sort) {
    Query<T> query = criteria == null ? this.base : criteria.apply(this.base);
    return Paging.sorted(query, sort);
  }

  private Object[] take(Part part, Iterator<Object> values) {
    Object[] args = new Object[part.getNumberOfArguments()];
    for (int i = 0; i < args.length; i++) {
      args[i] = this.placeholders ? (part.getType() == Type.IN ? List.of(PLACEHOLDER) : PLACEHOLDER) : values.next();
    }
    return args;
  }

  private Query<T> restrict(Query<T> query, Part part, Object[] args) {
    String property = part.getProperty().getSegment();
    Where<T> where = query.where(property);
    return switch (part.getType()) {
      case SIMPLE_PROPERTY -> where.eq(args[0]);
      case NEGATING_SIMPLE_PROPERTY -> where.ne(args[0]);
      case LESS_THAN, BEFORE -> where.lt(args[0]);
      case LESS_THAN_EQUAL -> where.lte(args[0]);
      case GREATER_THAN, AFTER -> where.gt(args[0]);
      case GREATER_THAN_EQUAL -> where.gte(args[0]);
      case BETWEEN -> where.gte(args[0]).where(property).lte(args[1]);
      case IN -> where.in(collection(property, args[0]));
      case CONTAINING -> this.metadata.column(property).isCollection() ? where.contains(args[0])
          : where.like("%" + text(property, args[0]) + "%");
      case LIKE -> where.like(text(property, args[0]));
      case STARTING_WITH -> where.like(text(property, args[0]) + "%");
      case ENDING_WITH -> where.like("%" + text(property, args[0]));
      case TRUE -> where.eq(true);
      case FALSE -> where.eq(false);
      default -> throw new UnsupportedOperationException("Unsupported keyword " + part.getType());
    };
  }

  private static Collection<?> collection(String property, Object value) {
    if (value instanceof Collection<?> collection) {
      return collection;
    }
    if (value instanceof Object[] array) {
      return Arrays.asList(array);
    }
    throw new IllegalArgumentException("The In argument of " + property + " must be a collection or an array, got "
        + (value == null ? "null" : "a " + value.getClass().getName())); // the type only: values may be personal data
  }

  private static String text(String property, Object value) {
    if (value == null) {
      throw new IllegalArgumentException("The pattern of " + property + " must not be null");
    }
    return value.toString();
  }
}
