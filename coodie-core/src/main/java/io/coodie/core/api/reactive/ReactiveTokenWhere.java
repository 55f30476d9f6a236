package io.coodie.core.api.reactive;

/**
 * A pending restriction on the token of the partition key in a {@link ReactiveQuery}; see
 * {@link io.coodie.core.api.query.TokenWhere}.
 *
 * @param <T> the entity type
 */
public interface ReactiveTokenWhere<T> {

  /** {@code token(pk) > token}. */
  ReactiveQuery<T> gt(long token);

  /** {@code token(pk) >= token}. */
  ReactiveQuery<T> gte(long token);

  /** {@code token(pk) < token}. */
  ReactiveQuery<T> lt(long token);

  /** {@code token(pk) <= token}. */
  ReactiveQuery<T> lte(long token);

  /** {@code token(pk) > token(values)}. */
  ReactiveQuery<T> gtTokenOf(Object... partitionKey);

  /** {@code token(pk) >= token(values)}. */
  ReactiveQuery<T> gteTokenOf(Object... partitionKey);

  /** {@code token(pk) < token(values)}. */
  ReactiveQuery<T> ltTokenOf(Object... partitionKey);

  /** {@code token(pk) <= token(values)}. */
  ReactiveQuery<T> lteTokenOf(Object... partitionKey);
}
