package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.querybuilder.SchemaBuilder;
import com.datastax.oss.driver.api.querybuilder.schema.AlterTableWithOptionsEnd;
import com.datastax.oss.driver.api.querybuilder.schema.CreateIndex;
import com.datastax.oss.driver.api.querybuilder.schema.CreateIndexOnTable;
import com.datastax.oss.driver.api.querybuilder.schema.CreateIndexStart;
import com.datastax.oss.driver.api.querybuilder.schema.CreateKeyspace;
import com.datastax.oss.driver.api.querybuilder.schema.CreateKeyspaceStart;
import com.datastax.oss.driver.api.querybuilder.schema.CreateTable;
import com.datastax.oss.driver.api.querybuilder.schema.CreateTableStart;
import com.datastax.oss.driver.api.querybuilder.schema.CreateTableWithOptions;
import com.datastax.oss.driver.api.querybuilder.schema.CreateType;
import com.datastax.oss.driver.api.querybuilder.schema.CreateTypeStart;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.metadata.UdtFieldMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import io.coodie.core.api.schema.Replication;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Renders every DDL statement of schema management with the driver's {@code SchemaBuilder}.
 *
 * <p>Hand-written parts, all small: option values are passed as {@link RawCql} (the builder would
 * quote a {@code String} without escaping it, and entity options are CQL literals already), after
 * checking that the name is an identifier and the value exactly one literal; index {@code OPTIONS}
 * values are quoted by {@link RawCql#quoted}; the builder writes map keys (datacenter names of the
 * replication, index option names) between quotes without escaping them, so their quotes are
 * doubled here; and the indexed column of {@code CREATE INDEX} is pre-quoted (the builder prints it
 * unquoted, so {@code "Name"} would index {@code name}). Everything else, including the quoting of
 * all other identifiers, is the builder's. Nothing a name or value contains can end a literal or
 * identifier early and add CQL to the statement.
 */
public final class Ddl {

  private Ddl() {}

  /** {@code CREATE KEYSPACE IF NOT EXISTS ks WITH replication=... AND durable_writes=...}. */
  public static String createKeyspace(
      CqlIdentifier keyspace, Replication replication, boolean durableWrites) {
    CreateKeyspaceStart start = SchemaBuilder.createKeyspace(keyspace).ifNotExists();
    CreateKeyspace create =
        switch (replication.strategy()) {
          case SIMPLE -> start.withSimpleStrategy(replication.replicationFactor());
          case NETWORK_TOPOLOGY -> start.withReplicationOptions(networkTopology(replication));
        };
    return create.withDurableWrites(durableWrites).asCql();
  }

  /**
   * The replication map of {@code NetworkTopologyStrategy}. The builder writes map keys between quotes without
   * escaping them, so each datacenter name has its quotes doubled here: {@code data'center} stays one name.
   */
  private static Map<String, Object> networkTopology(Replication replication) {
    Map<String, Object> options = new LinkedHashMap<>();
    options.put("class", "NetworkTopologyStrategy");
    replication.datacenters().forEach((dc, rf) -> options.put(escapeQuotes(dc), rf));
    return options;
  }

  /** The text of a CQL string literal between its quotes: {@code it's -> it''s}. */
  static String escapeQuotes(String text) {
    return text.replace("'", "''");
  }

  /** The name of a table option: a CQL identifier, unquoted ({@code gc_grace_seconds}). */
  private static final java.util.regex.Pattern OPTION_NAME =
      java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /**
   * A table option as the builder takes it, refused unless the name is an identifier and the value exactly one CQL
   * literal: both are written into the statement as they are.
   */
  private static RawCql option(String name, String literal) {
    if (name == null || !OPTION_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "table option name " + name + " is not an option name: use letters, digits and underscores");
    }
    try {
      return new RawCql(LiteralParser.requireLiteral(literal));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "table option " + name + " is not one CQL literal: " + e.getMessage(), e);
    }
  }

  /** {@code DROP KEYSPACE IF EXISTS ks}. */
  public static String dropKeyspace(CqlIdentifier keyspace) {
    return SchemaBuilder.dropKeyspace(keyspace).ifExists().asCql();
  }

  /** {@code CREATE TYPE IF NOT EXISTS ks.name (field type, ...)}; nested types are frozen. */
  public static String createType(CqlIdentifier keyspace, UdtMetadata<?> udt) {
    CreateTypeStart start = SchemaBuilder.createType(keyspace, udt.name()).ifNotExists();
    CreateType create = null;
    for (UdtFieldMetadata field : udt.fields()) {
      create =
          create == null
              ? start.withField(field.name(), field.cqlType())
              : create.withField(field.name(), field.cqlType());
    }
    if (create == null) {
      throw new IllegalArgumentException(
          "user type " + udt.name().asCql(true) + " has no fields; CQL needs at least one");
    }
    return create.asCql();
  }

  /** {@code ALTER TYPE ks.name ADD field type}. */
  public static String alterTypeAdd(
      CqlIdentifier keyspace, CqlIdentifier type, CqlIdentifier field, DataType fieldType) {
    return SchemaBuilder.alterType(keyspace, type).addField(field, fieldType).asCql();
  }

  /** {@code DROP TYPE IF EXISTS ks.name}. */
  public static String dropType(CqlIdentifier keyspace, CqlIdentifier type) {
    return SchemaBuilder.dropType(keyspace, type).ifExists().asCql();
  }

  /**
   * {@code CREATE TABLE IF NOT EXISTS ks.t (...)}: partition key and clustering columns in key
   * order, static columns marked {@code STATIC}, counters as {@code counter}, {@code CLUSTERING
   * ORDER BY} (all clustering columns, when one is descending), then the entity's options.
   */
  public static String createTable(CqlIdentifier keyspace, EntityMetadata<?> entity) {
    CreateTableStart start = SchemaBuilder.createTable(keyspace, entity.table()).ifNotExists();
    CreateTable create = null;
    for (ColumnMetadata column : entity.partitionKey()) {
      create =
          create == null
              ? start.withPartitionKey(column.name(), column.cqlType())
              : create.withPartitionKey(column.name(), column.cqlType());
    }
    if (create == null) {
      throw new IllegalArgumentException(entity.javaType().getName() + " has no partition key");
    }
    for (ColumnMetadata column : entity.clusteringColumns()) {
      create = create.withClusteringColumn(column.name(), column.cqlType());
    }
    for (ColumnMetadata column : entity.regularColumns()) {
      create =
          column.kind() == ColumnKind.STATIC
              ? create.withStaticColumn(column.name(), column.cqlType())
              : create.withColumn(column.name(), column.cqlType());
    }
    CreateTableWithOptions withOptions = create;
    boolean descending =
        entity.clusteringColumns().stream()
            .anyMatch(c -> c.clusteringOrder() == io.coodie.core.api.mapping.ClusteringOrder.DESC);
    if (descending) {
      for (ColumnMetadata column : entity.clusteringColumns()) {
        withOptions =
            withOptions.withClusteringOrder(
                column.name(),
                column.clusteringOrder() == io.coodie.core.api.mapping.ClusteringOrder.DESC
                    ? ClusteringOrder.DESC
                    : ClusteringOrder.ASC);
      }
    }
    for (Map.Entry<String, String> option : entity.options().entrySet()) {
      withOptions =
          withOptions.withOption(option.getKey(), option(option.getKey(), option.getValue()));
    }
    return withOptions.asCql();
  }

  /** {@code ALTER TABLE ks.t ADD column type [STATIC]}. */
  public static String alterTableAdd(
      CqlIdentifier keyspace, CqlIdentifier table, ColumnMetadata column) {
    var alter = SchemaBuilder.alterTable(keyspace, table);
    return (column.kind() == ColumnKind.STATIC
            ? alter.addStaticColumn(column.name(), column.cqlType())
            : alter.addColumn(column.name(), column.cqlType()))
        .asCql();
  }

  /**
   * {@code ALTER TABLE ks.t WITH name=literal AND ...}.
   *
   * @param options CQL option name to CQL literal, at least one
   */
  public static String alterTableWith(
      CqlIdentifier keyspace, CqlIdentifier table, Map<String, String> options) {
    if (options.isEmpty()) {
      throw new IllegalArgumentException("ALTER TABLE ... WITH needs at least one option");
    }
    AlterTableWithOptionsEnd alter = null;
    for (Map.Entry<String, String> option : options.entrySet()) {
      RawCql value = option(option.getKey(), option.getValue());
      alter =
          alter == null
              ? SchemaBuilder.alterTable(keyspace, table).withOption(option.getKey(), value)
              : alter.withOption(option.getKey(), value);
    }
    return alter.asCql();
  }

  /**
   * {@code CREATE [CUSTOM] INDEX IF NOT EXISTS name ON ks.t (target) [USING 'class'] [WITH
   * OPTIONS={...}]}: a legacy secondary index, or a custom one for SAI ({@code
   * StorageAttachedIndex}) and SASI.
   */
  public static String createIndex(CqlIdentifier keyspace, CqlIdentifier table, IndexMetadata index) {
    CreateIndexStart start = SchemaBuilder.createIndex(index.name()).ifNotExists();
    if (index.kind().indexClass().isPresent()) {
      start = start.custom(index.kind().indexClass().get());
    }
    CreateIndexOnTable on = start.onTable(keyspace, table);
    // The builder prints the index column with toString(), i.e. unquoted: hand it an identifier
    // whose internal form is the quoted CQL form.
    CqlIdentifier column = CqlIdentifier.fromInternal(index.column().asCql(true));
    CreateIndex create =
        switch (index.target()) {
          case AUTO -> on.andColumn(column);
          case VALUES -> on.andColumnValues(column);
          case KEYS -> on.andColumnKeys(column);
          case ENTRIES -> on.andColumnEntries(column);
          case FULL -> on.andColumnFull(column);
        };
    if (!index.options().isEmpty()) {
      Map<String, Object> options = new LinkedHashMap<>();
      // the builder writes the keys between quotes as they are: double their quotes
      index.options().forEach((name, value) -> options.put(escapeQuotes(name), RawCql.quoted(value)));
      create = create.withOption("OPTIONS", options);
    }
    return create.asCql();
  }

  /** {@code DROP TABLE IF EXISTS ks.t}. */
  public static String dropTable(CqlIdentifier keyspace, CqlIdentifier table) {
    return SchemaBuilder.dropTable(keyspace, table).ifExists().asCql();
  }
}
