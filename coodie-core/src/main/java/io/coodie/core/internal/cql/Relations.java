package io.coodie.core.internal.cql;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;

import com.datastax.oss.driver.api.querybuilder.QueryBuilder;
import com.datastax.oss.driver.api.querybuilder.relation.ColumnRelationBuilder;
import com.datastax.oss.driver.api.querybuilder.relation.OngoingWhereClause;
import com.datastax.oss.driver.api.querybuilder.relation.Relation;
import com.datastax.oss.driver.api.querybuilder.term.Term;
import java.util.ArrayList;
import java.util.List;

/** Renders WHERE relations with the driver's query builder and lists their markers. */
final class Relations {

  private Relations() {}

  /** Adds every relation to {@code statement}, appending one marker per {@code ?} to {@code markers}. */
  static <R extends OngoingWhereClause<R>> R where(OngoingWhereClause<R> statement,
      List<io.coodie.core.internal.cql.Relation> where, List<Marker> markers) {
    List<Relation> rendered = new ArrayList<>(where.size());
    for (int i = 0; i < where.size(); i++) {
      rendered.add(render(where.get(i), i, markers));
    }
    return statement.where(rendered);
  }

  private static Relation render(io.coodie.core.internal.cql.Relation relation, int index, List<Marker> markers) {
    if (relation instanceof io.coodie.core.internal.cql.Relation.OnColumn c) {
      markers.add(new Marker.Where(index, 0));
      return apply(Relation.column(c.column()), c.operator());
    }
    if (relation instanceof io.coodie.core.internal.cql.Relation.OnMapEntry e) {
      markers.add(new Marker.Where(index, 0));
      markers.add(new Marker.Where(index, 1));
      return Relation.mapValue(e.column(), bindMarker()).isEqualTo(bindMarker());
    }
    io.coodie.core.internal.cql.Relation.OnToken t = (io.coodie.core.internal.cql.Relation.OnToken) relation;
    Term right;
    if (t.ofValues()) {
      // token is a reserved word: the builder's function(...) would quote it, so render the call raw.
      StringBuilder call = new StringBuilder("token(");
      for (int part = 0; part < t.partitionKey().size(); part++) {
        call.append(part == 0 ? "?" : ",?");
        markers.add(new Marker.Where(index, part));
      }
      right = QueryBuilder.raw(call.append(')').toString());
    } else {
      right = bindMarker();
      markers.add(new Marker.Where(index, 0));
    }
    return compare(Relation.tokenFromIds(t.partitionKey()), t.operator(), right);
  }

  private static Relation apply(ColumnRelationBuilder<Relation> column, Operator operator) {
    return switch (operator) {
      case IN -> column.in(bindMarker());
      case CONTAINS -> column.contains(bindMarker());
      case CONTAINS_KEY -> column.containsKey(bindMarker());
      case LIKE -> column.like(bindMarker());
      default -> compare(column, operator, bindMarker());
    };
  }

  static <R> R compare(com.datastax.oss.driver.api.querybuilder.relation.ArithmeticRelationBuilder<R> builder,
      Operator operator, Term right) {
    return switch (operator) {
      case EQ -> builder.isEqualTo(right);
      case NE -> builder.isNotEqualTo(right);
      case LT -> builder.isLessThan(right);
      case LTE -> builder.isLessThanOrEqualTo(right);
      case GT -> builder.isGreaterThan(right);
      case GTE -> builder.isGreaterThanOrEqualTo(right);
      default -> throw new IllegalArgumentException(operator + " is not a comparison");
    };
  }
}
