package io.coodie.core.internal.cql;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.querybuilder.QueryBuilder;
import com.datastax.oss.driver.api.querybuilder.delete.Delete;
import com.datastax.oss.driver.api.querybuilder.delete.DeleteSelection;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a DELETE.
 *
 * @param table the table
 * @param columns the columns deleted, or empty to delete whole rows
 * @param where the relations selecting the row(s)
 * @param conditions IF conditions (ignored when {@code ifExists})
 * @param ifExists whether {@code IF EXISTS} is added
 * @param timestamp whether a {@code USING TIMESTAMP ?} is bound
 */
public record DeleteSpec(TableRef table, List<CqlIdentifier> columns, List<Relation> where,
    List<Condition> conditions, boolean ifExists, boolean timestamp) implements StatementSpec {

  public DeleteSpec {
    columns = List.copyOf(columns);
    where = List.copyOf(where);
    conditions = List.copyOf(conditions);
    if (where.isEmpty()) {
      throw new IllegalArgumentException("A DELETE needs a WHERE clause");
    }
  }

  /** Renders the statement; markers are timestamp, WHERE values, then conditions. */
  @Override
  public RenderedStatement render() {
    DeleteSelection selection = table.keyspace() == null
        ? QueryBuilder.deleteFrom(table.table())
        : QueryBuilder.deleteFrom(table.keyspace(), table.table());
    for (CqlIdentifier column : columns) {
      selection = selection.column(column);
    }
    List<Marker> markers = new ArrayList<>();
    if (timestamp) {
      selection = selection.usingTimestamp(bindMarker());
      markers.add(new Marker.Timestamp());
    }
    Delete delete = Relations.where(selection, where, markers);
    delete = Conditions.apply(delete, conditions, ifExists, markers);
    return new RenderedStatement(delete.asCql(), markers);
  }
}
