package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Metadata;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.metadata.schema.ColumnMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.IndexMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.KeyspaceMetadata;
import com.datastax.oss.driver.api.core.metadata.schema.TableMetadata;
import io.coodie.core.api.schema.SchemaException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Takes a {@link LiveKeyspace} snapshot of keyspaces.
 *
 * <p>Structure (tables, columns, clustering, indexes, user types) comes from the driver's schema
 * metadata after a forced {@code session.refreshSchema()}, which refreshes even when schema
 * metadata is disabled in the configuration. Table options come from {@code system_schema.tables}
 * (one query per keyspace): the driver's {@code TableMetadata.getOptions()} only holds the options
 * its parser knows, and newer servers add more.
 */
final class LiveSchemaReader {

  private static final String TABLES =
      "SELECT * FROM system_schema.tables WHERE keyspace_name = ?";
  private static final String KEYSPACE =
      "SELECT keyspace_name FROM system_schema.keyspaces WHERE keyspace_name = ?";

  private LiveSchemaReader() {}

  /** Refreshes the driver's schema metadata and snapshots the given keyspaces. */
  static Map<CqlIdentifier, LiveKeyspace> read(CqlSession session, Set<CqlIdentifier> keyspaces) {
    Metadata metadata = session.refreshSchema();
    Map<CqlIdentifier, LiveKeyspace> snapshot = new HashMap<>();
    for (CqlIdentifier name : keyspaces) {
      KeyspaceMetadata keyspace =
          metadata.getKeyspace(name).orElseThrow(() -> missing(session, name));
      Map<String, Map<String, Object>> options = options(session, name);
      Map<CqlIdentifier, LiveTable> tables = new HashMap<>();
      for (TableMetadata table : keyspace.getTables().values()) {
        tables.put(
            table.getName(),
            table(table, options.getOrDefault(table.getName().asInternal(), Map.of())));
      }
      snapshot.put(name, new LiveKeyspace(name, tables, keyspace.getUserDefinedTypes()));
    }
    return snapshot;
  }

  private static LiveTable table(TableMetadata table, Map<String, Object> options) {
    Map<CqlIdentifier, LiveTable.Column> columns = new LinkedHashMap<>();
    for (ColumnMetadata column : table.getColumns().values()) {
      columns.put(
          column.getName(),
          new LiveTable.Column(column.getName(), column.getType(), column.isStatic()));
    }
    List<LiveTable.Clustering> clustering =
        table.getClusteringColumns().entrySet().stream()
            .map(
                e ->
                    new LiveTable.Clustering(
                        e.getKey().getName(),
                        e.getValue() == ClusteringOrder.DESC
                            ? io.coodie.core.api.mapping.ClusteringOrder.DESC
                            : io.coodie.core.api.mapping.ClusteringOrder.ASC))
            .toList();
    Map<CqlIdentifier, LiveTable.Index> indexes = new HashMap<>();
    for (IndexMetadata index : table.getIndexes().values()) {
      indexes.put(
          index.getName(),
          new LiveTable.Index(index.getName(), index.getTarget(), index.getClassName()));
    }
    return new LiveTable(
        table.getKeyspace(),
        table.getName(),
        table.getPartitionKey().stream().map(ColumnMetadata::getName).toList(),
        clustering,
        columns,
        indexes,
        options);
  }

  /** Table name to its {@code system_schema.tables} row (option name to decoded value). */
  private static Map<String, Map<String, Object>> options(CqlSession session, CqlIdentifier keyspace) {
    Map<String, Map<String, Object>> tables = new HashMap<>();
    for (Row row : session.execute(SimpleStatement.newInstance(TABLES, keyspace.asInternal()))) {
      Map<String, Object> options = new LinkedHashMap<>();
      int i = 0;
      for (ColumnDefinition column : row.getColumnDefinitions()) {
        options.put(column.getName().asInternal(), row.getObject(i++));
      }
      tables.put(row.getString("table_name"), options);
    }
    return tables;
  }

  private static SchemaException missing(CqlSession session, CqlIdentifier keyspace) {
    boolean exists =
        session.execute(SimpleStatement.newInstance(KEYSPACE, keyspace.asInternal())).one() != null;
    return new SchemaException(
        exists
            ? "keyspace " + keyspace.asCql(true) + " exists but the driver's schema metadata leaves"
                + " it out; add it to advanced.metadata.schema.refreshed-keyspaces (or remove that"
                + " setting)"
            : "keyspace " + keyspace.asCql(true) + " does not exist; create it first, e.g."
                + " SchemaManager.createKeyspace(\"" + keyspace.asInternal()
                + "\", Replication.simple(1)), or point the entities at another keyspace");
  }
}
