package io.coodie.core.internal.exec;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.internal.cql.Ordering;
import io.coodie.core.internal.cql.Relation;
import io.coodie.core.internal.cql.SelectSpec.Projection;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a query holds, immutable; each change makes a copy.
 *
 * @param where relations, in order
 * @param values the values of each relation (one or more parts), parallel to {@code where}
 * @param orderBy orderings
 * @param limit LIMIT, or null
 * @param perPartitionLimit PER PARTITION LIMIT, or null
 * @param allowFiltering ALLOW FILTERING
 * @param projection columns or DISTINCT
 * @param columns the selected columns
 * @param options per-request options
 * @param notEqual {@code ne} restrictions, evaluated in the client
 */
record QueryState(List<Relation> where, List<Object[]> values, List<Ordering> orderBy, Integer limit,
    Integer perPartitionLimit, boolean allowFiltering, Projection projection, List<ColumnMetadata> columns,
    StatementOptions options, List<NotEqual> notEqual) {

  /** A {@code column != value} restriction that coodie evaluates on the rows it reads. */
  record NotEqual(ColumnMetadata column, Object value) {}

  QueryState withNotEqual(NotEqual filter) {
    List<NotEqual> n = new ArrayList<>(notEqual);
    n.add(filter);
    return new QueryState(where, values, orderBy, limit, perPartitionLimit, allowFiltering, projection, columns,
        options, List.copyOf(n));
  }

  QueryState withRelation(Relation relation, Object... parts) {
    List<Relation> w = new ArrayList<>(where);
    w.add(relation);
    List<Object[]> v = new ArrayList<>(values);
    v.add(parts);
    return new QueryState(List.copyOf(w), List.copyOf(v), orderBy, limit, perPartitionLimit, allowFiltering,
        projection, columns, options, notEqual);
  }

  QueryState withOrdering(Ordering ordering) {
    List<Ordering> o = new ArrayList<>(orderBy);
    o.add(ordering);
    return new QueryState(where, values, List.copyOf(o), limit, perPartitionLimit, allowFiltering, projection,
        columns, options, notEqual);
  }

  QueryState withLimit(Integer value) {
    return new QueryState(where, values, orderBy, value, perPartitionLimit, allowFiltering, projection, columns,
        options, notEqual);
  }

  QueryState withPerPartitionLimit(Integer value) {
    return new QueryState(where, values, orderBy, limit, value, allowFiltering, projection, columns, options,
        notEqual);
  }

  QueryState withAllowFiltering() {
    return new QueryState(where, values, orderBy, limit, perPartitionLimit, true, projection, columns, options,
        notEqual);
  }

  QueryState withColumns(Projection newProjection, List<ColumnMetadata> newColumns) {
    return new QueryState(where, values, orderBy, limit, perPartitionLimit, allowFiltering, newProjection,
        List.copyOf(newColumns), options, notEqual);
  }

  QueryState withOptions(StatementOptions newOptions) {
    return new QueryState(where, values, orderBy, limit, perPartitionLimit, allowFiltering, projection, columns,
        newOptions, notEqual);
  }
}
