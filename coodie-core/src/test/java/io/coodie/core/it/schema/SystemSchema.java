package io.coodie.core.it.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads back what the server stored, straight from {@code system_schema}. */
final class SystemSchema {

  private SystemSchema() {}

  static String keyspace(CqlSession session) {
    return session.getKeyspace().orElseThrow().asInternal();
  }

  /** Column name to {@code kind type}, e.g. {@code clustering int}. */
  static Map<String, String> columns(CqlSession session, String table) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (Row row :
        session.execute(
            SimpleStatement.newInstance(
                "SELECT column_name, kind, type, clustering_order FROM system_schema.columns"
                    + " WHERE keyspace_name = ? AND table_name = ?",
                keyspace(session),
                table))) {
      String order = row.getString("clustering_order");
      columns.put(
          row.getString("column_name"),
          row.getString("kind") + " " + row.getString("type")
              + ("none".equals(order) ? "" : " " + order));
    }
    return columns;
  }

  /** Index name to its options (class_name, target). */
  static Map<String, Map<String, String>> indexes(CqlSession session, String table) {
    Map<String, Map<String, String>> indexes = new LinkedHashMap<>();
    for (Row row :
        session.execute(
            SimpleStatement.newInstance(
                "SELECT index_name, options FROM system_schema.indexes"
                    + " WHERE keyspace_name = ? AND table_name = ?",
                keyspace(session),
                table))) {
      indexes.put(row.getString("index_name"), row.getMap("options", String.class, String.class));
    }
    return indexes;
  }

  /** The {@code system_schema.tables} row of a table, or null. */
  static Row table(CqlSession session, String table) {
    return session
        .execute(
            SimpleStatement.newInstance(
                "SELECT * FROM system_schema.tables WHERE keyspace_name = ? AND table_name = ?",
                keyspace(session),
                table))
        .one();
  }

  /** The field names of a user type, in server order, or an empty list. */
  static List<String> typeFields(CqlSession session, String type) {
    Row row =
        session
            .execute(
                SimpleStatement.newInstance(
                    "SELECT field_names, field_types FROM system_schema.types"
                        + " WHERE keyspace_name = ? AND type_name = ?",
                    keyspace(session),
                    type))
            .one();
    if (row == null) {
      return List.of();
    }
    List<String> names = row.getList("field_names", String.class);
    List<String> types = row.getList("field_types", String.class);
    return java.util.stream.IntStream.range(0, names.size())
        .mapToObj(i -> names.get(i) + " " + types.get(i))
        .toList();
  }
}
