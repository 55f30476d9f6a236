package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import io.coodie.core.api.mapping.ClusteringOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A snapshot of one table as the database reports it. Immutable.
 *
 * @param keyspace the keyspace
 * @param name the table
 * @param partitionKey the partition key columns, in key order
 * @param clustering the clustering columns with their order, in key order
 * @param columns every column (key columns included) by name, in the server's order
 * @param indexes the indexes by name
 * @param options the row of {@code system_schema.tables}: option name to value as decoded by the
 *     driver ({@code Integer}, {@code Double}, {@code String}, {@code Map<String, String>}, ...)
 */
public record LiveTable(
    CqlIdentifier keyspace,
    CqlIdentifier name,
    List<CqlIdentifier> partitionKey,
    List<Clustering> clustering,
    Map<CqlIdentifier, Column> columns,
    Map<CqlIdentifier, Index> indexes,
    Map<String, Object> options) {

  /** Copies the collections, keeping the column order. */
  public LiveTable {
    partitionKey = List.copyOf(partitionKey);
    clustering = List.copyOf(clustering);
    columns = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    indexes = Map.copyOf(indexes);
    options = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(options));
  }

  /** The column with this name, if it exists. */
  public Optional<Column> column(CqlIdentifier column) {
    return Optional.ofNullable(columns.get(column));
  }

  /** Whether any column is a counter, which makes this a counter table. */
  public boolean isCounterTable() {
    return columns.values().stream()
        .anyMatch(c -> c.type().equals(com.datastax.oss.driver.api.core.type.DataTypes.COUNTER));
  }

  /** {@code ks.table}, quoted where CQL needs it. */
  public String qualifiedName() {
    return keyspace.asCql(true) + "." + name.asCql(true);
  }

  /**
   * A clustering column.
   *
   * @param name the column
   * @param order its order
   */
  public record Clustering(CqlIdentifier name, ClusteringOrder order) {}

  /**
   * A column.
   *
   * @param name the column
   * @param type its type as the server reports it
   * @param isStatic whether it is static
   */
  public record Column(CqlIdentifier name, DataType type, boolean isStatic) {}

  /**
   * An index.
   *
   * @param name the index
   * @param target the target as stored, e.g. {@code values(tags)} or {@code email}
   * @param className the custom index class ({@code org.apache.cassandra.index.sai.StorageAttachedIndex},
   *     ...), empty for a legacy secondary index
   */
  public record Index(CqlIdentifier name, String target, Optional<String> className) {}
}
