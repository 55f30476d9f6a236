package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.mapping.DiscriminatorValue;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.metadata.PolymorphismMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One type's view of a {@link TableModel}. */
final class DefaultEntityMetadata<T> implements EntityMetadata<T> {

  private final Class<T> javaType;
  private final TableModel table;
  private final Optional<PolymorphismMetadata> polymorphism;

  DefaultEntityMetadata(Class<T> javaType, TableModel table) {
    this.javaType = javaType;
    this.table = table;
    this.polymorphism = polymorphism(javaType, table);
  }

  static <T> EntityMetadata<T> create(Class<T> type) {
    Class<?> root = Hierarchy.rootOf(type);
    TableModel table = MappingCache.table(root);
    if (!table.hierarchy().types().contains(type)) {
      throw new io.coodie.core.api.MappingException(
          type.getName()
              + ": not a known subtype of polymorphic entity "
              + root.getName()
              + "; add it to the permits clause or to @Subtypes of its parent");
    }
    return new DefaultEntityMetadata<>(type, table);
  }

  private static Optional<PolymorphismMetadata> polymorphism(Class<?> type, TableModel table) {
    Hierarchy hierarchy = table.hierarchy();
    if (!hierarchy.isPolymorphic()) {
      return Optional.empty();
    }
    DiscriminatorValue value = type.getAnnotation(DiscriminatorValue.class);
    return Optional.of(
        new DefaultPolymorphismMetadata(
            hierarchy.root(),
            table.discriminator(),
            Optional.ofNullable(value).map(DiscriminatorValue::value),
            hierarchy.values(),
            type == hierarchy.root(),
            hierarchy.valuesAssignableTo(type)));
  }

  TableModel tableModel() {
    return table;
  }

  @Override
  public Class<T> javaType() {
    return javaType;
  }

  @Override
  public Optional<CqlIdentifier> keyspace() {
    return table.keyspace();
  }

  @Override
  public CqlIdentifier table() {
    return table.table();
  }

  @Override
  public List<ColumnMetadata> columns() {
    return table.columns();
  }

  @Override
  public List<ColumnMetadata> partitionKey() {
    return table.partitionKey();
  }

  @Override
  public List<ColumnMetadata> clusteringColumns() {
    return table.clusteringColumns();
  }

  @Override
  public List<ColumnMetadata> primaryKey() {
    return table.primaryKey();
  }

  @Override
  public List<ColumnMetadata> regularColumns() {
    return table.regularColumns();
  }

  @Override
  public ColumnMetadata column(String propertyName) {
    ColumnMetadata column = table.byProperty().get(propertyName);
    if (column == null) {
      throw new IllegalArgumentException(
          javaType.getName()
              + " has no mapped property '"
              + propertyName
              + "'; known properties: "
              + table.byProperty().keySet());
    }
    return column;
  }

  @Override
  public Optional<ColumnMetadata> findColumn(String propertyName) {
    return Optional.ofNullable(table.byProperty().get(propertyName));
  }

  @Override
  public Optional<ColumnMetadata> columnByName(CqlIdentifier name) {
    return Optional.ofNullable(table.byName().get(name));
  }

  @Override
  public boolean isCounterTable() {
    return table.counterTable();
  }

  @Override
  public Map<String, String> options() {
    return table.options();
  }

  @Override
  public List<IndexMetadata> indexes() {
    return table.indexes();
  }

  @Override
  public Optional<PolymorphismMetadata> polymorphism() {
    return polymorphism;
  }

  @Override
  public List<UdtMetadata<?>> userTypes() {
    return table.userTypes();
  }

  @Override
  public String toString() {
    return "EntityMetadata("
        + javaType.getName()
        + " -> "
        + table.keyspace().map(k -> k.asCql(true) + ".").orElse("")
        + table.table().asCql(true)
        + ")";
  }
}
