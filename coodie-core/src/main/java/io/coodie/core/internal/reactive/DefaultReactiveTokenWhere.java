package io.coodie.core.internal.reactive;

import io.coodie.core.api.query.TokenWhere;
import io.coodie.core.api.reactive.ReactiveQuery;
import io.coodie.core.api.reactive.ReactiveTokenWhere;

/** {@link ReactiveTokenWhere} over a coodie {@link TokenWhere}. */
final class DefaultReactiveTokenWhere<T> implements ReactiveTokenWhere<T> {

  private final DefaultReactiveQuery<T> query;
  private final TokenWhere<T> where;

  DefaultReactiveTokenWhere(DefaultReactiveQuery<T> query, TokenWhere<T> where) {
    this.query = query;
    this.where = where;
  }

  @Override
  public ReactiveQuery<T> gt(long token) {
    return query.with(where.gt(token));
  }

  @Override
  public ReactiveQuery<T> gte(long token) {
    return query.with(where.gte(token));
  }

  @Override
  public ReactiveQuery<T> lt(long token) {
    return query.with(where.lt(token));
  }

  @Override
  public ReactiveQuery<T> lte(long token) {
    return query.with(where.lte(token));
  }

  @Override
  public ReactiveQuery<T> gtTokenOf(Object... partitionKey) {
    return query.with(where.gtTokenOf(partitionKey));
  }

  @Override
  public ReactiveQuery<T> gteTokenOf(Object... partitionKey) {
    return query.with(where.gteTokenOf(partitionKey));
  }

  @Override
  public ReactiveQuery<T> ltTokenOf(Object... partitionKey) {
    return query.with(where.ltTokenOf(partitionKey));
  }

  @Override
  public ReactiveQuery<T> lteTokenOf(Object... partitionKey) {
    return query.with(where.lteTokenOf(partitionKey));
  }
}
