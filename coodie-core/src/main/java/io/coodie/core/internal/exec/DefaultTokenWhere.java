package io.coodie.core.internal.exec;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.TokenWhere;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import java.util.List;

/** A pending restriction on {@code token(partition key)}. */
final class DefaultTokenWhere<T> implements TokenWhere<T> {

  private final DefaultQuery<T> query;
  private final List<ColumnMetadata> partitionKey;

  DefaultTokenWhere(DefaultQuery<T> query, List<ColumnMetadata> partitionKey) {
    this.query = query;
    this.partitionKey = partitionKey;
  }

  private Query<T> raw(Operator operator, long token) {
    return query.withRelation(new Relation.OnToken(names(), operator, false), token);
  }

  private Query<T> of(Operator operator, Object[] values) {
    if (values == null || values.length != partitionKey.size()) {
      throw new IllegalArgumentException("token(...) of " + query.entityName() + " takes one value per partition"
          + " key column " + partitionKey.stream().map(ColumnMetadata::propertyName).toList());
    }
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        throw new IllegalArgumentException("token(...) of " + query.entityName() + ": "
            + partitionKey.get(i).propertyName() + " must not be null");
      }
    }
    return query.withRelation(new Relation.OnToken(names(), operator, true), values.clone());
  }

  private List<com.datastax.oss.driver.api.core.CqlIdentifier> names() {
    return partitionKey.stream().map(ColumnMetadata::name).toList();
  }

  @Override
  public Query<T> gt(long token) {
    return raw(Operator.GT, token);
  }

  @Override
  public Query<T> gte(long token) {
    return raw(Operator.GTE, token);
  }

  @Override
  public Query<T> lt(long token) {
    return raw(Operator.LT, token);
  }

  @Override
  public Query<T> lte(long token) {
    return raw(Operator.LTE, token);
  }

  @Override
  public Query<T> gtTokenOf(Object... values) {
    return of(Operator.GT, values);
  }

  @Override
  public Query<T> gteTokenOf(Object... values) {
    return of(Operator.GTE, values);
  }

  @Override
  public Query<T> ltTokenOf(Object... values) {
    return of(Operator.LT, values);
  }

  @Override
  public Query<T> lteTokenOf(Object... values) {
    return of(Operator.LTE, values);
  }
}
