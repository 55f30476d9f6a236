package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.internal.cql.Assignment;
import io.coodie.core.internal.cql.Condition;
import io.coodie.core.internal.cql.Relation;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything an UPDATE or DELETE holds besides its entity: immutable, each change makes a copy. Values are kept
 * parallel to the relations, assignments and conditions they belong to.
 */
record WriteState(List<Relation> where, List<Object[]> whereValues, List<Assignment> assignments,
    List<Object[]> assignmentValues, List<Condition> conditions, List<Object> conditionValues, boolean ifExists,
    Integer ttl, Long timestamp, List<CqlIdentifier> deleteColumns, StatementOptions options) {

  static WriteState of(List<Relation> where, List<Object[]> whereValues, StatementOptions options) {
    return new WriteState(List.copyOf(where), List.copyOf(whereValues), List.of(), List.of(), List.of(), List.of(),
        false, null, null, List.of(), options);
  }

  WriteState withWhere(List<Relation> newWhere, List<Object[]> newValues) {
    return new WriteState(List.copyOf(newWhere), List.copyOf(newValues), assignments, assignmentValues, conditions,
        conditionValues, ifExists, ttl, timestamp, deleteColumns, options);
  }

  WriteState withAssignment(Assignment assignment, Object... values) {
    return new WriteState(where, whereValues, plus(assignments, assignment), plus(assignmentValues, values),
        conditions, conditionValues, ifExists, ttl, timestamp, deleteColumns, options);
  }

  WriteState withCondition(Condition condition, Object value) {
    return new WriteState(where, whereValues, assignments, assignmentValues, plus(conditions, condition),
        plus(conditionValues, value), ifExists, ttl, timestamp, deleteColumns, options);
  }

  WriteState withIfExists() {
    return new WriteState(where, whereValues, assignments, assignmentValues, conditions, conditionValues, true, ttl,
        timestamp, deleteColumns, options);
  }

  WriteState withTtl(Integer value) {
    return new WriteState(where, whereValues, assignments, assignmentValues, conditions, conditionValues, ifExists,
        value, timestamp, deleteColumns, options);
  }

  WriteState withTimestamp(Long value) {
    return new WriteState(where, whereValues, assignments, assignmentValues, conditions, conditionValues, ifExists,
        ttl, value, deleteColumns, options);
  }

  WriteState withDeleteColumns(List<CqlIdentifier> columns) {
    return new WriteState(where, whereValues, assignments, assignmentValues, conditions, conditionValues, ifExists,
        ttl, timestamp, List.copyOf(columns), options);
  }

  WriteState withOptions(StatementOptions value) {
    return new WriteState(where, whereValues, assignments, assignmentValues, conditions, conditionValues, ifExists,
        ttl, timestamp, deleteColumns, value);
  }

  /** Whether the write is a lightweight transaction. */
  boolean conditional() {
    return ifExists || !conditions.isEmpty();
  }

  private static <E> List<E> plus(List<E> list, E element) {
    List<E> copy = new ArrayList<>(list.size() + 1);
    copy.addAll(list);
    copy.add(element);
    return copy;
  }
}
