package io.coodie.core.internal.cql;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.querybuilder.QueryBuilder;
import com.datastax.oss.driver.api.querybuilder.insert.Insert;
import com.datastax.oss.driver.api.querybuilder.insert.InsertInto;
import com.datastax.oss.driver.api.querybuilder.insert.RegularInsert;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of an INSERT.
 *
 * @param table the table
 * @param columns the columns written, in marker order
 * @param ifNotExists whether the insert is conditional ({@code IF NOT EXISTS})
 * @param ttl whether a {@code USING TTL ?} is bound
 * @param timestamp whether a {@code USING TIMESTAMP ?} is bound
 */
public record InsertSpec(TableRef table, List<CqlIdentifier> columns, boolean ifNotExists, boolean ttl,
    boolean timestamp) implements StatementSpec {

  public InsertSpec {
    columns = List.copyOf(columns);
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("An INSERT needs at least one column");
    }
  }

  /** Renders the statement; markers are the column values, then timestamp, then TTL. */
  @Override
  public RenderedStatement render() {
    InsertInto into = table.keyspace() == null
        ? QueryBuilder.insertInto(table.table())
        : QueryBuilder.insertInto(table.keyspace(), table.table());
    List<Marker> markers = new ArrayList<>();
    RegularInsert values = null;
    for (int i = 0; i < columns.size(); i++) {
      values = values == null ? into.value(columns.get(i), bindMarker()) : values.value(columns.get(i), bindMarker());
      markers.add(new Marker.ColumnValue(i));
    }
    Insert insert = values;
    if (ifNotExists) {
      insert = insert.ifNotExists();
    }
    if (timestamp) {
      insert = insert.usingTimestamp(bindMarker());
      markers.add(new Marker.Timestamp());
    }
    if (ttl) {
      insert = insert.usingTtl(bindMarker());
      markers.add(new Marker.Ttl());
    }
    return new RenderedStatement(insert.asCql(), markers);
  }
}
