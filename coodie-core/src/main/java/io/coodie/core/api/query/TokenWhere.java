package io.coodie.core.api.query;

/**
 * A pending restriction on the token of the partition key, {@code token(pk...)}, for scanning a table by token
 * ranges. Raw tokens are Murmur3 {@code long} values; the {@code ...TokenOf} variants compare with the token of the
 * given partition key values instead.
 *
 * @param <T> the entity type
 */
public interface TokenWhere<T> {

  /** {@code token(pk) > token}. */
  Query<T> gt(long token);

  /** {@code token(pk) >= token}. */
  Query<T> gte(long token);

  /** {@code token(pk) < token}. */
  Query<T> lt(long token);

  /** {@code token(pk) <= token}. */
  Query<T> lte(long token);

  /** {@code token(pk) > token(values)}; one value per partition key column, in order. */
  Query<T> gtTokenOf(Object... partitionKey);

  /** {@code token(pk) >= token(values)}. */
  Query<T> gteTokenOf(Object... partitionKey);

  /** {@code token(pk) < token(values)}. */
  Query<T> ltTokenOf(Object... partitionKey);

  /** {@code token(pk) <= token(values)}. */
  Query<T> lteTokenOf(Object... partitionKey);
}
