package io.coodie.core.internal.exec;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Where;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** A pending restriction of one column; values are checked for null here, and for type when bound. */
final class DefaultWhere<T> implements Where<T> {

  private final DefaultQuery<T> query;
  private final ColumnMetadata column;

  DefaultWhere(DefaultQuery<T> query, ColumnMetadata column) {
    this.query = query;
    this.column = column;
  }

  private Query<T> on(Operator operator, Object value) {
    return query.withRelation(new Relation.OnColumn(column.name(), operator), notNull(value, operator));
  }

  @Override
  public Query<T> eq(Object value) {
    return on(Operator.EQ, value);
  }

  @Override
  public Query<T> ne(Object value) {
    return query.withNotEqual(column, notNull(value, Operator.NE));
  }

  @Override
  public Query<T> lt(Object value) {
    return on(Operator.LT, value);
  }

  @Override
  public Query<T> lte(Object value) {
    return on(Operator.LTE, value);
  }

  @Override
  public Query<T> gt(Object value) {
    return on(Operator.GT, value);
  }

  @Override
  public Query<T> gte(Object value) {
    return on(Operator.GTE, value);
  }

  @Override
  public Query<T> in(Collection<?> values) {
    notNull(values, Operator.IN);
    values.forEach(v -> notNull(v, Operator.IN));
    return on(Operator.IN, List.copyOf(values));
  }

  @Override
  public Query<T> in(Object... values) {
    return in(Arrays.asList(notNull(values, Operator.IN)));
  }

  @Override
  public Query<T> contains(Object element) {
    requireCollection("contains");
    return on(Operator.CONTAINS, element);
  }

  @Override
  public Query<T> containsKey(Object key) {
    requireMap("containsKey");
    return on(Operator.CONTAINS_KEY, key);
  }

  @Override
  public Query<T> hasEntry(Object key, Object value) {
    requireMap("hasEntry");
    return query.withRelation(new Relation.OnMapEntry(column.name()), notNull(key, Operator.EQ),
        notNull(value, Operator.EQ));
  }

  @Override
  public Query<T> like(String pattern) {
    return on(Operator.LIKE, pattern);
  }

  private void requireCollection(String operation) {
    if (!column.isCollection()) {
      throw new IllegalArgumentException(operation + "() needs a list, set or map property, but "
          + query.entityName() + "." + column.propertyName() + " is " + column.cqlType().asCql(true, true));
    }
  }

  private void requireMap(String operation) {
    if (!(column.cqlType() instanceof com.datastax.oss.driver.api.core.type.MapType)) {
      throw new IllegalArgumentException(operation + "() needs a map property, but " + query.entityName() + "."
          + column.propertyName() + " is " + column.cqlType().asCql(true, true));
    }
  }

  private <V> V notNull(V value, Operator operator) {
    if (value == null) {
      throw new IllegalArgumentException("Cannot restrict " + query.entityName() + "." + column.propertyName()
          + " with " + operator + " null: CQL cannot compare with null");
    }
    return value;
  }
}
