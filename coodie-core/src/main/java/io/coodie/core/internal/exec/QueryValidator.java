package io.coodie.core.internal.exec;

import io.coodie.core.api.QueryValidationException;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Ordering;
import io.coodie.core.internal.cql.Relation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Client-side checks of a SELECT, so common mistakes fail before anything is sent, with a message that names the
 * entity and property and says what to do. The server stays the final judge of what it accepts.
 */
final class QueryValidator {

  private QueryValidator() {}

  static void validate(EntityMetadata<?> metadata, List<Relation> where, List<Ordering> orderBy,
      boolean allowFiltering) {
    String entity = metadata.javaType().getName();
    Map<ColumnMetadata, Operator> restricted = new LinkedHashMap<>();
    boolean token = false;
    for (Relation relation : where) {
      if (relation instanceof Relation.OnToken) {
        token = true;
      } else {
        ColumnMetadata column = Columns.byName(metadata, relation instanceof Relation.OnColumn c ? c.column()
            : ((Relation.OnMapEntry) relation).column());
        restricted.merge(column, relation instanceof Relation.OnColumn c ? c.operator() : Operator.EQ,
            (a, b) -> a.isRange() ? a : b);
      }
    }
    long keyRestrictedByEquality = metadata.partitionKey().stream()
        .filter(c -> restricted.get(c) == Operator.EQ || restricted.get(c) == Operator.IN).count();
    boolean wholePartitionKey = keyRestrictedByEquality == metadata.partitionKey().size();

    for (Map.Entry<ColumnMetadata, Operator> e : restricted.entrySet()) {
      ColumnMetadata column = e.getKey();
      String property = entity + "." + column.propertyName();
      boolean indexed = !column.indexes().isEmpty();
      if (column.kind() == ColumnKind.PARTITION_KEY && e.getValue() != Operator.EQ && e.getValue() != Operator.IN
          && !indexed && !allowFiltering) {
        throw new QueryValidationException(property + " is a partition key column: it can only be restricted with eq"
            + " or in. To scan a range of partitions use whereToken(), or add allowFiltering().", true);
      }
      if ((column.kind() == ColumnKind.REGULAR || column.kind() == ColumnKind.STATIC) && !indexed
          && !allowFiltering) {
        throw new QueryValidationException("Filtering on " + property + " needs an index or allowFiltering(): it is"
            + " neither part of the primary key nor indexed. Add @Index to the property, or call allowFiltering()"
            + " if a full scan is acceptable.", true);
      }
    }
    if (!allowFiltering) {
      checkSeveralIndexes(restricted, entity);
    }
    if (!allowFiltering && !wholePartitionKey && !token) {
      for (ColumnMetadata key : metadata.partitionKey()) {
        if (restricted.containsKey(key) && key.indexes().isEmpty()) {
          throw new QueryValidationException("Restricting " + entity + "." + key.propertyName() + " without every"
              + " partition key column " + names(metadata.partitionKey()) + " needs allowFiltering().", true);
        }
      }
      for (ColumnMetadata clustering : metadata.clusteringColumns()) {
        if (restricted.containsKey(clustering) && clustering.indexes().isEmpty()) {
          throw new QueryValidationException("Restricting the clustering column " + entity + "."
              + clustering.propertyName() + " without the whole partition key " + names(metadata.partitionKey())
              + " needs allowFiltering().", true);
        }
      }
    }
    if (!allowFiltering) {
      checkClusteringPrefix(metadata, restricted, entity);
    }
    for (Ordering o : orderBy) {
      ColumnMetadata column = Columns.byName(metadata, o.column());
      if (column.kind() != ColumnKind.CLUSTERING) {
        throw new QueryValidationException("Cannot order " + entity + " by " + column.propertyName()
            + ": only clustering columns " + names(metadata.clusteringColumns()) + " can be ordered by.");
      }
    }
    if (!orderBy.isEmpty() && !wholePartitionKey) {
      throw new QueryValidationException("Ordering " + entity + " needs the whole partition key "
          + names(metadata.partitionKey()) + " restricted with eq or in.");
    }
  }

  /**
   * Storage-attached indexes combine; a legacy secondary index serves one restriction and the server filters the
   * others, which it only does with ALLOW FILTERING.
   */
  private static void checkSeveralIndexes(Map<ColumnMetadata, Operator> restricted, String entity) {
    List<ColumnMetadata> indexed = restricted.keySet().stream()
        .filter(c -> !c.kind().isPrimaryKey() && !c.indexes().isEmpty()).toList();
    boolean allSai = indexed.stream().allMatch(c -> c.indexes().stream()
        .anyMatch(i -> i.kind() == io.coodie.core.api.mapping.IndexKind.SAI));
    if (indexed.size() > 1 && !allSai) {
      throw new QueryValidationException("Restricting several indexed columns of " + entity + " " + names(indexed)
          + " needs allowFiltering(): a legacy secondary index serves one restriction and the server filters the"
          + " rest. Use SAI indexes (@Index(using = IndexKind.SAI)), which combine, or call allowFiltering().", true);
    }
  }

  private static void checkClusteringPrefix(EntityMetadata<?> metadata, Map<ColumnMetadata, Operator> restricted,
      String entity) {
    ColumnMetadata gap = null;
    ColumnMetadata range = null;
    for (ColumnMetadata clustering : metadata.clusteringColumns()) {
      Operator op = restricted.get(clustering);
      if (op == null) {
        gap = gap == null ? clustering : gap;
        continue;
      }
      if (!clustering.indexes().isEmpty()) {
        continue;
      }
      if (gap != null || range != null) {
        throw new QueryValidationException("Restricting the clustering column " + entity + "."
            + clustering.propertyName() + " needs the preceding clustering column "
            + (gap != null ? gap.propertyName() + " restricted" : range.propertyName() + " restricted with eq or in")
            + ", or allowFiltering().", true);
      }
      if (op != Operator.EQ && op != Operator.IN) {
        range = clustering;
      }
    }
  }

  private static List<String> names(List<ColumnMetadata> columns) {
    return columns.stream().map(ColumnMetadata::propertyName).toList();
  }
}
