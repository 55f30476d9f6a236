package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.BoundStatementBuilder;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.internal.cql.Marker;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Binding of UPDATE/DELETE shapes from a {@link WriteState}, and the outcome of conditional writes. */
final class Writes {

  private Writes() {}

  static BoundStatement bind(PreparedShape shape, WriteState state, boolean idempotent) {
    BoundStatementBuilder b = shape.prepared.boundStatementBuilder();
    for (int i = 0; i < shape.markers.length; i++) {
      Marker m = shape.markers[i];
      Object value;
      if (m instanceof Marker.Where w) {
        value = state.whereValues().get(w.index())[w.part()];
      } else if (m instanceof Marker.Assign a) {
        value = state.assignmentValues().get(a.index())[a.part()];
      } else if (m instanceof Marker.If c) {
        value = state.conditionValues().get(c.index());
      } else if (m instanceof Marker.Ttl) {
        value = state.ttl();
      } else if (m instanceof Marker.Timestamp) {
        value = state.timestamp();
      } else {
        throw new IllegalStateException("No value for marker " + m);
      }
      shape.bind(b, i, value, false);
    }
    return state.options().applyTo(b).setIdempotence(idempotent && !state.conditional()).build();
  }

  /** Cassandra refuses lightweight transactions on counter tables; say so before sending anything. */
  static void rejectConditionsOnCounters(DefaultEntityOperations<?> ops) {
    if (ops.metadata.isCounterTable()) {
      throw new UnsupportedOperationException(ops.metadata.javaType().getName() + " is a counter table: Cassandra"
          + " does not support conditional writes (IF ...) on counters");
    }
  }

  /** Checks a condition's value: IN takes a collection of candidates. */
  static Object conditionValue(DefaultEntityOperations<?> ops, ColumnMetadata column,
      io.coodie.core.api.query.Comparison comparison, Object value) {
    rejectConditionsOnCounters(ops);
    if (comparison == io.coodie.core.api.query.Comparison.IN) {
      if (!(value instanceof java.util.Collection<?> candidates)) {
        throw new IllegalArgumentException("iff(" + column.propertyName() + ", IN, ...) of "
            + ops.metadata.javaType().getName() + " takes a collection of candidates");
      }
      return java.util.List.copyOf(candidates);
    }
    if (column.kind().isPrimaryKey()) {
      throw new IllegalArgumentException("Cannot use " + ops.metadata.javaType().getName() + "."
          + column.propertyName() + " in a condition: primary key columns are not allowed in IF clauses;"
          + " use ifExists()");
    }
    return value;
  }

  /** Throws {@link LwtException} if a conditional write was not applied. */
  static void check(ResultSet rs, boolean conditional, DefaultEntityOperations<?> ops, String what) {
    if (conditional && !rs.wasApplied()) {
      throw notApplied(ops, rs.one(), what);
    }
  }

  /** Throws {@link LwtException} if a conditional write was not applied. */
  static void check(AsyncResultSet rs, boolean conditional, DefaultEntityOperations<?> ops, String what) {
    if (conditional && !rs.wasApplied()) {
      throw notApplied(ops, rs.one(), what);
    }
  }

  /** The exception for a write the server did not apply, with the current values it returned. */
  static <T> LwtException notApplied(DefaultEntityOperations<T> ops, Row row, String what) {
    Map<String, Object> existing = new LinkedHashMap<>();
    Object entity = null;
    if (row != null) {
      ColumnDefinitions definitions = row.getColumnDefinitions();
      Object[] values = new Object[ops.metadata.columns().size()];
      for (int j = 0; j < definitions.size(); j++) {
        Optional<ColumnMetadata> column = ops.metadata.columnByName(definitions.get(j).getName());
        if (column.isPresent()) {
          Object value = row.get(j, ops.context.codecs().codecFor(definitions.get(j).getType(),
              new ValueType.OfColumn(column.get(), ValueType.Part.VALUE)));
          values[column.get().index()] = value;
          existing.put(column.get().propertyName(), value);
        }
      }
      boolean wholeKey = ops.metadata.primaryKey().stream().allMatch(c -> values[c.index()] != null);
      if (wholeKey) {
        entity = ops.instantiate(values);
      }
    }
    // names only: the values may be personal data, and messages get logged
    return new LwtException(what + " of " + ops.metadata.javaType().getName() + " was not applied: its condition did"
        + " not hold. " + LwtException.describeCurrentValues(existing.keySet()), existing, entity);
  }
}
