package io.coodie.core.internal.cql;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.querybuilder.QueryBuilder;
import com.datastax.oss.driver.api.querybuilder.select.Select;
import com.datastax.oss.driver.api.querybuilder.select.SelectFrom;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of a SELECT: everything but the bound values, so equal shapes share one prepared statement.
 *
 * @param table the table
 * @param projection plain columns, {@code DISTINCT} columns, or {@code count(*)}
 * @param columns the selected columns (ignored for {@code COUNT})
 * @param where the relations
 * @param orderBy clustering orderings
 * @param limit whether a {@code LIMIT ?} is bound
 * @param perPartitionLimit whether a {@code PER PARTITION LIMIT ?} is bound
 * @param allowFiltering whether {@code ALLOW FILTERING} is added
 */
public record SelectSpec(TableRef table, Projection projection, List<CqlIdentifier> columns, List<Relation> where,
    List<Ordering> orderBy, boolean limit, boolean perPartitionLimit, boolean allowFiltering) implements StatementSpec {

  /** What a SELECT returns. */
  public enum Projection { COLUMNS, DISTINCT, COUNT }

  public SelectSpec {
    columns = List.copyOf(columns);
    where = List.copyOf(where);
    orderBy = List.copyOf(orderBy);
  }

  /** Renders the statement; markers are WHERE values, then per-partition limit, then limit. */
  @Override
  public RenderedStatement render() {
    SelectFrom from = table.keyspace() == null
        ? QueryBuilder.selectFrom(table.table())
        : QueryBuilder.selectFrom(table.keyspace(), table.table());
    if (projection == Projection.DISTINCT) {
      from = from.distinct();
    }
    Select select = projection == Projection.COUNT ? from.countAll() : from.columnsIds(columns);
    List<Marker> markers = new ArrayList<>();
    select = Relations.where(select, where, markers);
    for (Ordering o : orderBy) {
      select = select.orderBy(o.column(), o.order());
    }
    if (perPartitionLimit) {
      select = select.perPartitionLimit(bindMarker());
      markers.add(new Marker.PerPartitionLimit());
    }
    if (limit) {
      select = select.limit(bindMarker());
      markers.add(new Marker.Limit());
    }
    if (allowFiltering) {
      select = select.allowFiltering();
    }
    return new RenderedStatement(select.asCql(), markers);
  }
}
