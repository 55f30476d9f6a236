package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Builds and validates the {@link TableModel} of a {@code @Table} root type. */
final class TableModelFactory {

  private TableModelFactory() {}

  static TableModel create(Class<?> root) {
    Table table = root.getAnnotation(Table.class);
    Hierarchy hierarchy = Hierarchy.discover(root);
    CqlIdentifier tableName =
        CqlIdentifier.fromInternal(
            Naming.schemaName(
                root,
                "table",
                table.name().isEmpty() ? Naming.snakeCase(root.getSimpleName()) : table.name(),
                true));
    Optional<CqlIdentifier> keyspace =
        table.keyspace().isEmpty()
            ? Optional.empty()
            : Optional.of(
                CqlIdentifier.fromInternal(Naming.schemaName(root, "keyspace", table.keyspace(), true)));

    List<ColumnDraft> drafts = order(root, collect(hierarchy));
    validateKey(root, drafts, ColumnKind.PARTITION_KEY, "@PartitionKey");
    validateKey(root, drafts, ColumnKind.CLUSTERING, "@ClusteringColumn");
    validateStatic(drafts);
    boolean counterTable = validateCounters(drafts);

    List<ColumnMetadata> columns = new ArrayList<>();
    List<IndexMetadata> indexes = new ArrayList<>();
    Set<CqlIdentifier> indexNames = new LinkedHashSet<>();
    Set<Class<?>> userTypes = new LinkedHashSet<>();
    for (ColumnDraft draft : drafts) {
      List<IndexMetadata> columnIndexes = new ArrayList<>();
      for (Index index : draft.indexes()) {
        IndexMetadata metadata = IndexFactory.create(root, tableName, draft, index);
        if (!indexNames.add(metadata.name())) {
          throw new MappingException(
              draft.location()
                  + ": index name '"
                  + metadata.name().asInternal()
                  + "' is used twice; name each index with @Index(name = ...)");
        }
        columnIndexes.add(metadata);
      }
      indexes.addAll(columnIndexes);
      userTypes.addAll(draft.userTypes());
      columns.add(draft.toMetadata(columns.size(), columnIndexes));
    }
    return new TableModel(
        hierarchy,
        keyspace,
        tableName,
        List.copyOf(columns),
        filter(columns, ColumnKind.PARTITION_KEY),
        filter(columns, ColumnKind.CLUSTERING),
        columns.stream().filter(c -> c.kind().isPrimaryKey()).toList(),
        columns.stream().filter(c -> !c.kind().isPrimaryKey()).toList(),
        byProperty(columns),
        byName(columns),
        counterTable,
        TableOptionsRenderer.render(root),
        List.copyOf(indexes),
        UserTypeOrder.of(userTypes),
        columns.stream().filter(ColumnMetadata::isDiscriminator).findFirst().orElse(null));
  }

  /** The union of the columns of every type in the hierarchy, in encounter order. */
  private static Map<CqlIdentifier, ColumnDraft> collect(Hierarchy hierarchy) {
    Map<CqlIdentifier, ColumnDraft> drafts = new LinkedHashMap<>();
    for (Class<?> type : hierarchy.types()) {
      Map<CqlIdentifier, Property> ownColumns = new HashMap<>();
      for (Property property : MappingCache.model(type).properties()) {
        Property clash = ownColumns.put(property.columnName(), property);
        if (clash != null) {
          throw new MappingException(
              property.location()
                  + ": column '"
                  + property.columnName().asInternal()
                  + "' is also mapped by "
                  + clash.location()
                  + "; rename one with @Column(name = ...)");
        }
        ColumnDraft existing = drafts.get(property.columnName());
        if (existing != null && existing.property().element().equals(property.element())) {
          continue;
        }
        ColumnDraft draft = ColumnDraft.of(property);
        if (existing == null) {
          drafts.put(draft.name(), draft);
        } else if (!existing.isCompatibleWith(draft)) {
          throw new MappingException(
              property.location()
                  + ": column '"
                  + draft.name().asInternal()
                  + "' is also mapped by "
                  + existing.location()
                  + " with a different definition ("
                  + describe(existing)
                  + " vs "
                  + describe(draft)
                  + "); subtypes sharing a column need the same type and key role, or rename"
                  + " one with @Column(name = ...)");
        }
      }
    }
    if (hierarchy.isPolymorphic()) {
      CqlIdentifier name = CqlIdentifier.fromInternal(hierarchy.discriminator().column());
      ColumnDraft clash = drafts.get(name);
      if (clash != null) {
        throw new MappingException(
            clash.location()
                + ": maps to column '"
                + name.asInternal()
                + "', the discriminator column of "
                + hierarchy.root().getName()
                + "; the mapper manages that column, so rename the property's column with"
                + " @Column(name = ...) or choose another @Discriminator(column = ...)");
      }
      drafts.put(name, ColumnDraft.discriminator(name));
    }
    return drafts;
  }

  /** Partition key, clustering columns, discriminator, then the others in encounter order. */
  private static List<ColumnDraft> order(Class<?> root, Map<CqlIdentifier, ColumnDraft> drafts) {
    List<ColumnDraft> ordered = new ArrayList<>();
    Comparator<ColumnDraft> byPosition = Comparator.comparingInt(ColumnDraft::position);
    drafts.values().stream()
        .filter(d -> d.kind() == ColumnKind.PARTITION_KEY)
        .sorted(byPosition)
        .forEach(ordered::add);
    if (ordered.isEmpty()) {
      throw new MappingException(
          root.getName() + ": no partition key; annotate at least one field with @PartitionKey");
    }
    drafts.values().stream()
        .filter(d -> d.kind() == ColumnKind.CLUSTERING)
        .sorted(byPosition)
        .forEach(ordered::add);
    drafts.values().stream().filter(ColumnDraft::isDiscriminator).forEach(ordered::add);
    drafts.values().stream()
        .filter(d -> !d.kind().isPrimaryKey() && !d.isDiscriminator())
        .forEach(ordered::add);
    return ordered;
  }

  private static void validateKey(
      Class<?> root, List<ColumnDraft> drafts, ColumnKind kind, String annotation) {
    List<ColumnDraft> key = drafts.stream().filter(d -> d.kind() == kind).toList();
    for (int expected = 0; expected < key.size(); expected++) {
      ColumnDraft column = key.get(expected);
      if (expected > 0 && key.get(expected - 1).position() == column.position()) {
        throw new MappingException(
            column.location()
                + ": "
                + annotation
                + "("
                + column.position()
                + ") is also used by "
                + key.get(expected - 1).location()
                + "; give each key column its own position (0, 1, ...)");
      }
      if (column.position() != expected) {
        throw new MappingException(
            column.location()
                + ": "
                + annotation
                + "("
                + column.position()
                + ") leaves a gap; positions in "
                + root.getName()
                + " must be 0 to "
                + (key.size() - 1)
                + ", found "
                + key.stream().map(ColumnDraft::position).toList());
      }
    }
  }

  private static void validateStatic(List<ColumnDraft> drafts) {
    boolean clustered = drafts.stream().anyMatch(d -> d.kind() == ColumnKind.CLUSTERING);
    drafts.stream()
        .filter(d -> d.kind() == ColumnKind.STATIC && !clustered)
        .findFirst()
        .ifPresent(
            d -> {
              throw new MappingException(
                  d.location()
                      + ": @Static needs clustering columns; a table without them has one row"
                      + " per partition, so remove @Static");
            });
  }

  private static boolean validateCounters(List<ColumnDraft> drafts) {
    Optional<ColumnDraft> counter = drafts.stream().filter(ColumnDraft::counter).findFirst();
    if (counter.isEmpty()) {
      return false;
    }
    drafts.stream()
        .filter(d -> !d.kind().isPrimaryKey() && !d.counter())
        .findFirst()
        .ifPresent(
            d -> {
              throw new MappingException(
                  d.location()
                      + ": a table with counters (here "
                      + counter.get().location()
                      + ") may only hold counters besides its primary key; move this column to"
                      + " another table or make it a @Counter");
            });
    return true;
  }

  private static String describe(ColumnDraft draft) {
    return draft.javaType().getTypeName()
        + " "
        + draft.cqlType().asCql(true, true)
        + " "
        + draft.kind()
        + (draft.kind().isPrimaryKey() ? "(" + draft.position() + ")" : "");
  }

  private static List<ColumnMetadata> filter(List<ColumnMetadata> columns, ColumnKind kind) {
    return columns.stream().filter(c -> c.kind() == kind).toList();
  }

  private static Map<String, ColumnMetadata> byProperty(List<ColumnMetadata> columns) {
    Map<String, ColumnMetadata> map = new LinkedHashMap<>();
    columns.forEach(c -> map.putIfAbsent(c.propertyName(), c));
    return Collections.unmodifiableMap(map);
  }

  private static Map<CqlIdentifier, ColumnMetadata> byName(List<ColumnMetadata> columns) {
    Map<CqlIdentifier, ColumnMetadata> map = new HashMap<>();
    columns.forEach(c -> map.put(c.name(), c));
    return Collections.unmodifiableMap(map);
  }
}
