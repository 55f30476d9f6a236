package io.coodie.core.internal.cql;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;

import com.datastax.oss.driver.api.querybuilder.condition.ConditionBuilder;
import com.datastax.oss.driver.api.querybuilder.condition.ConditionalStatement;
import java.util.List;

/** Renders IF clauses of conditional (lightweight transaction) writes. */
final class Conditions {

  private Conditions() {}

  /** Adds {@code IF EXISTS} or the conditions, appending one marker per condition. */
  static <T extends ConditionalStatement<T>> T apply(T statement, List<Condition> conditions, boolean ifExists,
      List<Marker> markers) {
    if (ifExists) {
      return statement.ifExists();
    }
    T current = statement;
    for (int i = 0; i < conditions.size(); i++) {
      Condition c = conditions.get(i);
      ConditionBuilder<com.datastax.oss.driver.api.querybuilder.condition.Condition> column =
          com.datastax.oss.driver.api.querybuilder.condition.Condition.column(c.column());
      current = current.if_(c.operator() == Operator.IN
          ? column.in(bindMarker())
          : Relations.compare(column, c.operator(), bindMarker()));
      markers.add(new Marker.If(i));
    }
    return current;
  }
}
