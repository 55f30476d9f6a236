package io.coodie.core.internal.cql;

import static com.datastax.oss.driver.api.querybuilder.QueryBuilder.bindMarker;

import com.datastax.oss.driver.api.querybuilder.QueryBuilder;
import com.datastax.oss.driver.api.querybuilder.update.Update;
import com.datastax.oss.driver.api.querybuilder.update.UpdateStart;
import com.datastax.oss.driver.api.querybuilder.update.UpdateWithAssignments;
import java.util.ArrayList;
import java.util.List;

/**
 * The shape of an UPDATE.
 *
 * @param table the table
 * @param assignments the SET clause, at least one
 * @param where the relations selecting the row(s)
 * @param conditions IF conditions (ignored when {@code ifExists})
 * @param ifExists whether {@code IF EXISTS} is added
 * @param ttl whether a {@code USING TTL ?} is bound
 * @param timestamp whether a {@code USING TIMESTAMP ?} is bound
 */
public record UpdateSpec(TableRef table, List<Assignment> assignments, List<Relation> where,
    List<Condition> conditions, boolean ifExists, boolean ttl, boolean timestamp) implements StatementSpec {

  public UpdateSpec {
    assignments = List.copyOf(assignments);
    where = List.copyOf(where);
    conditions = List.copyOf(conditions);
    if (where.isEmpty()) {
      throw new IllegalArgumentException("An UPDATE needs a WHERE clause");
    }
    if (assignments.isEmpty()) {
      throw new IllegalArgumentException("An UPDATE needs at least one assignment");
    }
  }

  /** Renders the statement; markers are timestamp, TTL, assignments, WHERE values, then conditions. */
  @Override
  public RenderedStatement render() {
    UpdateStart start = table.keyspace() == null
        ? QueryBuilder.update(table.table())
        : QueryBuilder.update(table.keyspace(), table.table());
    List<Marker> markers = new ArrayList<>();
    if (timestamp) {
      start = start.usingTimestamp(bindMarker());
      markers.add(new Marker.Timestamp());
    }
    if (ttl) {
      start = start.usingTtl(bindMarker());
      markers.add(new Marker.Ttl());
    }
    UpdateWithAssignments set = null;
    for (int i = 0; i < assignments.size(); i++) {
      com.datastax.oss.driver.api.querybuilder.update.Assignment a = render(assignments.get(i), i, markers);
      set = set == null ? start.set(a) : set.set(a);
    }
    Update update = Relations.where(set, where, markers);
    update = Conditions.apply(update, conditions, ifExists, markers);
    return new RenderedStatement(update.asCql(), markers);
  }

  private static com.datastax.oss.driver.api.querybuilder.update.Assignment render(Assignment a, int index,
      List<Marker> markers) {
    markers.add(new Marker.Assign(index, 0));
    return switch (a.kind()) {
      case SET -> com.datastax.oss.driver.api.querybuilder.update.Assignment.setColumn(a.column(), bindMarker());
      case INCREMENT -> com.datastax.oss.driver.api.querybuilder.update.Assignment.increment(a.column(), bindMarker());
      case DECREMENT -> com.datastax.oss.driver.api.querybuilder.update.Assignment.decrement(a.column(), bindMarker());
      case APPEND -> com.datastax.oss.driver.api.querybuilder.update.Assignment.append(a.column(), bindMarker());
      case PREPEND -> com.datastax.oss.driver.api.querybuilder.update.Assignment.prepend(a.column(), bindMarker());
      case REMOVE, REMOVE_KEYS ->
          com.datastax.oss.driver.api.querybuilder.update.Assignment.remove(a.column(), bindMarker());
      case PUT_ENTRY -> {
        markers.add(new Marker.Assign(index, 1));
        yield com.datastax.oss.driver.api.querybuilder.update.Assignment.setMapValue(a.column(), bindMarker(),
            bindMarker());
      }
    };
  }
}
