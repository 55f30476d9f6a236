package io.coodie.core.internal.reactive;

import io.coodie.core.api.query.Where;
import io.coodie.core.api.reactive.ReactiveQuery;
import io.coodie.core.api.reactive.ReactiveWhere;
import java.util.Collection;

/** {@link ReactiveWhere} over a coodie {@link Where}. */
final class DefaultReactiveWhere<T> implements ReactiveWhere<T> {

  private final DefaultReactiveQuery<T> query;
  private final Where<T> where;

  DefaultReactiveWhere(DefaultReactiveQuery<T> query, Where<T> where) {
    this.query = query;
    this.where = where;
  }

  @Override
  public ReactiveQuery<T> eq(Object value) {
    return query.with(where.eq(value));
  }

  @Override
  public ReactiveQuery<T> ne(Object value) {
    return query.with(where.ne(value));
  }

  @Override
  public ReactiveQuery<T> lt(Object value) {
    return query.with(where.lt(value));
  }

  @Override
  public ReactiveQuery<T> lte(Object value) {
    return query.with(where.lte(value));
  }

  @Override
  public ReactiveQuery<T> gt(Object value) {
    return query.with(where.gt(value));
  }

  @Override
  public ReactiveQuery<T> gte(Object value) {
    return query.with(where.gte(value));
  }

  @Override
  public ReactiveQuery<T> in(Collection<?> values) {
    return query.with(where.in(values));
  }

  @Override
  public ReactiveQuery<T> in(Object... values) {
    return query.with(where.in(values));
  }

  @Override
  public ReactiveQuery<T> contains(Object element) {
    return query.with(where.contains(element));
  }

  @Override
  public ReactiveQuery<T> containsKey(Object key) {
    return query.with(where.containsKey(key));
  }

  @Override
  public ReactiveQuery<T> hasEntry(Object key, Object value) {
    return query.with(where.hasEntry(key, value));
  }

  @Override
  public ReactiveQuery<T> like(String pattern) {
    return query.with(where.like(pattern));
  }
}
