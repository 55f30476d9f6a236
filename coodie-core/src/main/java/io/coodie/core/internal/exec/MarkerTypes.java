package io.coodie.core.internal.exec;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.internal.cql.Assignment;
import io.coodie.core.internal.cql.DeleteSpec;
import io.coodie.core.internal.cql.InsertSpec;
import io.coodie.core.internal.cql.Marker;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import io.coodie.core.internal.cql.SelectSpec;
import io.coodie.core.internal.cql.StatementSpec;
import io.coodie.core.internal.cql.UpdateSpec;
import io.coodie.core.internal.exec.ValueType.OfColumn;
import io.coodie.core.internal.exec.ValueType.Part;
import java.util.List;

/** Works out, once per prepared statement, the Java type each bind marker of a spec carries. */
final class MarkerTypes {

  private MarkerTypes() {}

  static ValueType of(StatementSpec spec, Marker marker, EntityMetadata<?> metadata) {
    if (marker instanceof Marker.ColumnValue v) {
      return new OfColumn(Columns.byName(metadata, ((InsertSpec) spec).columns().get(v.index())), Part.VALUE);
    }
    if (marker instanceof Marker.Where w) {
      return forRelation(where(spec).get(w.index()), w.part(), metadata);
    }
    if (marker instanceof Marker.Assign a) {
      Assignment assignment = ((UpdateSpec) spec).assignments().get(a.index());
      ColumnMetadata column = Columns.byName(metadata, assignment.column());
      return switch (assignment.kind()) {
        case INCREMENT, DECREMENT -> ValueType.NATIVE;
        case REMOVE_KEYS -> new OfColumn(column, Part.SET_OF_KEYS);
        case PUT_ENTRY -> new OfColumn(column, a.part() == 0 ? Part.KEY : Part.MAP_VALUE);
        default -> new OfColumn(column, Part.VALUE);
      };
    }
    if (marker instanceof Marker.If i) {
      var conditions = spec instanceof UpdateSpec u ? u.conditions() : ((DeleteSpec) spec).conditions();
      var condition = conditions.get(i.index());
      return new OfColumn(Columns.byName(metadata, condition.column()),
          condition.operator() == Operator.IN ? Part.LIST_OF_VALUES : Part.VALUE);
    }
    return ValueType.NATIVE;
  }

  private static List<Relation> where(StatementSpec spec) {
    if (spec instanceof SelectSpec s) {
      return s.where();
    }
    if (spec instanceof UpdateSpec u) {
      return u.where();
    }
    return ((DeleteSpec) spec).where();
  }

  private static ValueType forRelation(Relation relation, int part, EntityMetadata<?> metadata) {
    if (relation instanceof Relation.OnColumn c) {
      ColumnMetadata column = Columns.byName(metadata, c.column());
      return new OfColumn(column, switch (c.operator()) {
        case IN -> Part.LIST_OF_VALUES;
        case CONTAINS -> Part.ELEMENT;
        case CONTAINS_KEY -> Part.KEY;
        default -> Part.VALUE;
      });
    }
    if (relation instanceof Relation.OnMapEntry e) {
      return new OfColumn(Columns.byName(metadata, e.column()), part == 0 ? Part.KEY : Part.MAP_VALUE);
    }
    Relation.OnToken t = (Relation.OnToken) relation;
    return t.ofValues()
        ? new OfColumn(Columns.byName(metadata, t.partitionKey().get(part)), Part.VALUE)
        : ValueType.NATIVE;
  }
}
