package io.coodie.core.api.query;

import java.util.Collection;

/**
 * The pending restriction of one property in a {@link Query}; every method returns the query with the restriction
 * added. Values are always bound, never concatenated into CQL.
 *
 * @param <T> the entity type
 */
public interface Where<T> {

  /** {@code column = value}. */
  Query<T> eq(Object value);

  /**
   * {@code column != value}, evaluated by coodie on the rows it reads, because Cassandra 5.0 and ScyllaDB reject
   * {@code !=} in WHERE clauses. The query's other restrictions still run on the server; {@code limit} and
   * {@code count} apply after this filter; {@link Query#page} is refused. Needs {@link Query#allowFiltering()},
   * since rows are read that are not returned. A null column value counts as not equal.
   */
  Query<T> ne(Object value);

  /** {@code column < value}. */
  Query<T> lt(Object value);

  /** {@code column <= value}. */
  Query<T> lte(Object value);

  /** {@code column > value}. */
  Query<T> gt(Object value);

  /** {@code column >= value}. */
  Query<T> gte(Object value);

  /** {@code column IN ?} with the values bound as one list. */
  Query<T> in(Collection<?> values);

  /** {@code column IN ?} with the values bound as one list. */
  Query<T> in(Object... values);

  /** {@code collection CONTAINS value}: an element of a list or set, or a value of a map. */
  Query<T> contains(Object element);

  /** {@code map CONTAINS KEY key}. */
  Query<T> containsKey(Object key);

  /** {@code map[key] = value}, served by an {@code ENTRIES} index. */
  Query<T> hasEntry(Object key, Object value);

  /** {@code column LIKE pattern} ({@code %} wildcards), served by a SASI or SAI index. */
  Query<T> like(String pattern);
}
