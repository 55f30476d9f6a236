package io.coodie.core.api.reactive;

import java.util.Collection;

/**
 * The pending restriction of one property in a {@link ReactiveQuery}: the operators of
 * {@link io.coodie.core.api.query.Where}, with the same semantics (values always bound; {@code ne} evaluated by
 * coodie and needing {@code allowFiltering()}).
 *
 * @param <T> the entity type
 */
public interface ReactiveWhere<T> {

  /** {@code column = value}. */
  ReactiveQuery<T> eq(Object value);

  /** {@code column != value}, evaluated by coodie on the rows it reads; see {@link io.coodie.core.api.query.Where#ne}. */
  ReactiveQuery<T> ne(Object value);

  /** {@code column < value}. */
  ReactiveQuery<T> lt(Object value);

  /** {@code column <= value}. */
  ReactiveQuery<T> lte(Object value);

  /** {@code column > value}. */
  ReactiveQuery<T> gt(Object value);

  /** {@code column >= value}. */
  ReactiveQuery<T> gte(Object value);

  /** {@code column IN ?}. */
  ReactiveQuery<T> in(Collection<?> values);

  /** {@code column IN ?}. */
  ReactiveQuery<T> in(Object... values);

  /** {@code collection CONTAINS value}. */
  ReactiveQuery<T> contains(Object element);

  /** {@code map CONTAINS KEY key}. */
  ReactiveQuery<T> containsKey(Object key);

  /** {@code map[key] = value}. */
  ReactiveQuery<T> hasEntry(Object key, Object value);

  /** {@code column LIKE pattern}. */
  ReactiveQuery<T> like(String pattern);
}
