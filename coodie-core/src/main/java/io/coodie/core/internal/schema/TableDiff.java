package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.schema.SchemaAction;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Compares one entity with its live table and plans the table's statements. */
final class TableDiff {

  private static final String SUGGESTION =
      " Cassandra cannot change this in place: migrate the data to a new table (e.g. @Table(name ="
          + " \"%s_v2\")), or use SchemaAction.RECREATE in development (drops the table and its"
          + " data).";

  private final PlanBuilder out;
  private final TableTarget target;
  private final EntityMetadata<?> entity;
  private final LiveKeyspace keyspace;
  private final String where;

  TableDiff(PlanBuilder out, TableTarget target, LiveKeyspace keyspace) {
    this.out = out;
    this.target = target;
    this.entity = target.entity();
    this.keyspace = keyspace;
    this.where = "table " + target.qualifiedName();
  }

  void plan() {
    Optional<LiveTable> existing = keyspace.table(entity.table());
    if (existing.isEmpty()) {
      out.differences.add(where + " does not exist");
      if (out.creates()) {
        create(null);
      }
      return;
    }
    LiveTable table = existing.get();
    List<DdlStep> alters = new ArrayList<>();
    List<DdlStep> indexes = new ArrayList<>();
    compareKey(table);
    compareColumns(table, alters);
    compareOptions(table, alters);
    if (out.action == SchemaAction.RECREATE) {
      out.tableDrops.add(DdlStep.of(Ddl.dropTable(target.keyspace(), entity.table())));
      create(table);
    } else {
      compareIndexes(table, indexes);
      out.tableSteps.addAll(alters);
      if (out.creates()) {
        out.tableSteps.addAll(indexes);
      }
    }
  }

  /** CREATE TABLE and its indexes; {@code replaced} is the live table RECREATE drops first. */
  private void create(LiveTable replaced) {
    out.tableSteps.add(DdlStep.of(Ddl.createTable(target.keyspace(), entity)));
    for (IndexMetadata index : entity.indexes()) {
      Optional<LiveTable> owner = keyspace.indexOwner(index.name());
      if (owner.isPresent() && !(replaced != null && owner.get().name().equals(replaced.name()))) {
        out.conflict(indexNameTaken(index, owner.get()));
      } else {
        out.tableSteps.add(createIndex(index));
      }
    }
  }

  private void compareKey(LiveTable table) {
    if (entity.isCounterTable() != table.isCounterTable()) {
      out.problem(
          where + ": it is " + (table.isCounterTable() ? "a counter" : "a regular")
              + " table in the database but " + target.owner() + " maps "
              + (entity.isCounterTable() ? "a counter" : "a regular")
              + " table (counter and regular columns cannot share a table)."
              + suggestion());
    }
    List<CqlIdentifier> partitionKey = entity.partitionKey().stream().map(ColumnMetadata::name).toList();
    if (!partitionKey.equals(table.partitionKey())) {
      out.problem(
          where + ": the partition key is " + names(table.partitionKey()) + " in the database but "
              + names(partitionKey) + " in " + target.owner() + "." + suggestion());
    }
    List<LiveTable.Clustering> clustering =
        entity.clusteringColumns().stream()
            .map(c -> new LiveTable.Clustering(c.name(), c.clusteringOrder()))
            .toList();
    if (!clustering.equals(table.clustering())) {
      out.problem(
          where + ": the clustering columns are " + clustering(table.clustering())
              + " in the database but " + clustering(clustering) + " in " + target.owner() + "."
              + suggestion());
    }
  }

  private void compareColumns(LiveTable table, List<DdlStep> alters) {
    for (ColumnMetadata column : entity.columns()) {
      Optional<LiveTable.Column> live = table.column(column.name());
      if (live.isEmpty()) {
        if (!column.kind().isPrimaryKey()) {
          out.alteration(
              where + ": column " + column.name().asCql(true) + " is missing (wanted "
                  + definition(column.cqlType(), column.kind() == ColumnKind.STATIC) + ")",
              alters,
              addColumn(column));
        }
      } else if (!CqlTypes.same(column.cqlType(), live.get().type())) {
        out.problem(
            where + ", column " + column.name().asCql(true) + ": the type is "
                + CqlTypes.display(live.get().type()) + " in the database but "
                + CqlTypes.display(column.cqlType()) + " in " + target.owner() + "."
                + column.propertyName() + ". Cassandra cannot change a column's type: add a column"
                + " with another name and migrate the data, or migrate to a new table (e.g."
                + " @Table(name = \"" + entity.table().asInternal() + "_v2\")), or use"
                + " SchemaAction.RECREATE in development (drops the table and its data).");
      } else if (!column.kind().isPrimaryKey()
          && live.get().isStatic() != (column.kind() == ColumnKind.STATIC)) {
        out.problem(
            where + ", column " + column.name().asCql(true) + ": it is "
                + (live.get().isStatic() ? "static" : "regular") + " in the database but "
                + (live.get().isStatic() ? "regular" : "static") + " in " + target.owner() + "."
                + column.propertyName() + "." + suggestion());
      }
    }
    for (LiveTable.Column live : table.columns().values()) {
      if (entity.columnByName(live.name()).isEmpty()) {
        out.warnings.add(
            where + ": column " + live.name().asCql(true) + " ("
                + definition(live.type(), live.isStatic()) + ") exists in the database but not in "
                + target.owner() + "; kept (drop it by hand once no reader needs it)");
      }
    }
  }

  private void compareOptions(LiveTable table, List<DdlStep> alters) {
    Map<String, String> changed = new LinkedHashMap<>();
    for (Map.Entry<String, String> option : entity.options().entrySet()) {
      String name = option.getKey();
      if (!table.options().containsKey(name)) {
        out.warnings.add(
            where + ": option " + name + " is not a column of system_schema.tables; its live value"
                + " is not compared");
        continue;
      }
      Object live = table.options().get(name);
      if (!OptionValues.matches(name, option.getValue(), live)) {
        changed.put(name, option.getValue());
        out.differences.add(
            where + ": option " + name + " is " + OptionValues.display(live)
                + " in the database, wanted " + option.getValue());
      }
    }
    if (!changed.isEmpty()) {
      if (out.alters()) {
        alters.add(DdlStep.of(Ddl.alterTableWith(target.keyspace(), entity.table(), changed)));
      } else if (out.action == SchemaAction.CREATE) {
        out.unapplied += changed.size();
      }
    }
  }

  private void compareIndexes(LiveTable table, List<DdlStep> creates) {
    Set<CqlIdentifier> accounted = new HashSet<>();
    for (IndexMetadata index : entity.indexes()) {
      LiveTable.Index live = table.indexes().get(index.name());
      if (live != null) {
        accounted.add(live.name());
        if (!sameIndex(index, live)) {
          out.warnings.add(
              where + ": index " + index.name().asCql(true) + " is " + describe(live)
                  + " in the database but " + describe(index) + " in " + target.owner()
                  + "; kept as it is (drop the index to have it created again)");
        }
        continue;
      }
      Optional<LiveTable> owner = keyspace.indexOwner(index.name());
      if (owner.isPresent()) {
        out.conflict(indexNameTaken(index, owner.get()));
        continue;
      }
      Optional<LiveTable.Index> twin =
          table.indexes().values().stream().filter(l -> sameIndex(index, l)).findFirst();
      if (twin.isPresent()) {
        accounted.add(twin.get().name());
        out.warnings.add(
            where + ": index " + index.name().asCql(true) + " (" + describe(index)
                + ") exists under the name " + twin.get().name().asCql(true) + "; not created again");
        continue;
      }
      out.differences.add(
          where + ": index " + index.name().asCql(true) + " is missing (" + describe(index) + ")");
      if (out.creates()) {
        creates.add(createIndex(index));
      }
    }
    for (LiveTable.Index live : table.indexes().values()) {
      if (!accounted.contains(live.name())) {
        out.warnings.add(
            where + ": index " + live.name().asCql(true) + " (" + describe(live)
                + ") exists in the database but is not declared by " + target.owner() + "; kept");
      }
    }
  }

  private DdlStep createIndex(IndexMetadata index) {
    return DdlStep.of(Ddl.createIndex(target.keyspace(), entity.table(), index));
  }

  private DdlStep addColumn(ColumnMetadata column) {
    CqlIdentifier ks = target.keyspace();
    CqlIdentifier table = entity.table();
    DataType wanted = column.cqlType();
    boolean isStatic = column.kind() == ColumnKind.STATIC;
    return new DdlStep(
        Ddl.alterTableAdd(ks, table, column),
        metadata ->
            metadata
                .getKeyspace(ks)
                .flatMap(k -> k.getTable(table))
                .flatMap(t -> t.getColumn(column.name()))
                .map(c -> CqlTypes.same(wanted, c.getType()) && c.isStatic() == isStatic)
                .orElse(false));
  }

  private String indexNameTaken(IndexMetadata index, LiveTable owner) {
    return where + ": index name " + index.name().asCql(true) + " is already used by table "
        + owner.qualifiedName() + " (index names are unique per keyspace); name it apart with"
        + " @Index(name = ...) in " + target.owner();
  }

  private String suggestion() {
    return String.format(SUGGESTION, entity.table().asInternal());
  }

  static boolean sameIndex(IndexMetadata index, LiveTable.Index live) {
    String wantedClass = index.kind().indexClass().map(TableDiff::simpleName).orElse("");
    String liveClass = live.className().map(TableDiff::simpleName).orElse("");
    return target(index.targetCql()).equals(target(live.target()))
        && wantedClass.equalsIgnoreCase(liveClass);
  }

  /** {@code VALUES(tags)} and {@code values( tags )} alike; the column part keeps its case. */
  private static String target(String target) {
    String compact = target.replace(" ", "");
    int paren = compact.indexOf('(');
    return paren < 0
        ? compact
        : compact.substring(0, paren).toLowerCase(Locale.ROOT) + compact.substring(paren);
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static String describe(IndexMetadata index) {
    return index.targetCql() + (index.kind() == IndexKind.SECONDARY ? "" : " " + index.kind());
  }

  private static String describe(LiveTable.Index live) {
    return live.target() + live.className().map(c -> " " + simpleName(c)).orElse("");
  }

  private static String definition(DataType type, boolean isStatic) {
    return CqlTypes.display(type) + (isStatic ? " static" : "");
  }

  private static String names(List<CqlIdentifier> names) {
    return names.stream().map(n -> n.asCql(true)).collect(Collectors.joining(", ", "(", ")"));
  }

  private static String clustering(List<LiveTable.Clustering> clustering) {
    return clustering.isEmpty()
        ? "(none)"
        : clustering.stream()
            .map(c -> c.name().asCql(true) + " " + c.order())
            .collect(Collectors.joining(", ", "(", ")"));
  }
}
