package io.coodie.core.api.metadata;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.MappingException;
import io.coodie.core.internal.mapping.MappingCache;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How an entity class maps to a Cassandra table: its table, columns, key, indexes, options, and
 * the user types it needs. Immutable; computed once per class and cached.
 *
 * <p>No connection is needed: {@link #of(Class)} only reads annotations. All types of a
 * polymorphic hierarchy share one table and the same {@link #columns()} list (the union of all
 * their columns), so value arrays indexed by {@link ColumnMetadata#index()} are interchangeable
 * between them.
 *
 * @param <T> the entity type
 */
public interface EntityMetadata<T> {

  /**
   * The metadata of an entity class, computed on first use and cached.
   *
   * @param type a class or record annotated with {@code @Table}, or a subtype of a polymorphic
   *     {@code @Table} base
   * @param <T> the entity type
   * @return the metadata
   * @throws MappingException if the class is not a valid entity; the message names the class and
   *     property and says what to change
   */
  static <T> EntityMetadata<T> of(Class<T> type) {
    return MappingCache.entity(type);
  }

  /**
   * The entity class.
   *
   * @return the Java type
   */
  Class<T> javaType();

  /**
   * The keyspace from {@code @Table(keyspace)}.
   *
   * @return the keyspace, or empty to use the session's keyspace
   */
  Optional<CqlIdentifier> keyspace();

  /**
   * The table name.
   *
   * @return the table
   */
  CqlIdentifier table();

  /**
   * Every mapped column: the partition key in order, then clustering columns in order, then the
   * others (discriminator first, then declaration order, superclass fields first).
   *
   * @return the columns, indexed by {@link ColumnMetadata#index()}
   */
  List<ColumnMetadata> columns();

  /**
   * The partition key columns, in key order.
   *
   * @return at least one column
   */
  List<ColumnMetadata> partitionKey();

  /**
   * The clustering columns, in key order.
   *
   * @return the clustering columns, possibly empty
   */
  List<ColumnMetadata> clusteringColumns();

  /**
   * The partition key followed by the clustering columns.
   *
   * @return the primary key columns
   */
  List<ColumnMetadata> primaryKey();

  /**
   * The columns outside the primary key, static ones included.
   *
   * @return the non-key columns
   */
  List<ColumnMetadata> regularColumns();

  /**
   * The column of a Java property.
   *
   * @param propertyName the field or record component name (for the discriminator: its column
   *     name)
   * @return the column
   * @throws IllegalArgumentException if no such property is mapped; the message lists the known
   *     properties
   */
  ColumnMetadata column(String propertyName);

  /**
   * The column of a Java property, if mapped.
   *
   * @param propertyName the field or record component name
   * @return the column, or empty
   */
  Optional<ColumnMetadata> findColumn(String propertyName);

  /**
   * The column with a given CQL name.
   *
   * @param name the column name
   * @return the column, or empty
   */
  Optional<ColumnMetadata> columnByName(CqlIdentifier name);

  /**
   * Whether the table holds counters (then all non-key columns are counters).
   *
   * @return true for a counter table
   */
  boolean isCounterTable();

  /**
   * The table options from {@code @TableOptions}, as CQL option name to CQL literal, in a stable
   * order: e.g. {@code default_time_to_live -> 3600}, {@code compaction -> {'class':
   * 'LeveledCompactionStrategy'}}, {@code comment -> 'it''s'}. Clustering order is not included
   * (see {@link ColumnMetadata#clusteringOrder()}).
   *
   * @return the options, empty if none are set
   */
  Map<String, String> options();

  /**
   * All indexes declared on the columns, in column order.
   *
   * @return the indexes
   */
  List<IndexMetadata> indexes();

  /**
   * The single-table polymorphism of this type, if its base has {@code @Discriminator}.
   *
   * @return the polymorphism metadata, or empty for a plain entity
   */
  Optional<PolymorphismMetadata> polymorphism();

  /**
   * Every user-defined type used by the columns, directly or nested, in dependency order: a type
   * comes after the types it uses, so they can be created in list order.
   *
   * @return the user types
   */
  List<UdtMetadata<?>> userTypes();
}
