package io.coodie.core.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.internal.core.type.UserDefinedTypeBuilder;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.metadata.UdtFieldMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import io.coodie.core.internal.schema.LiveKeyspace;
import io.coodie.core.internal.schema.LiveTable;
import io.coodie.core.internal.schema.TableTarget;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Hand-made live schema snapshots for the planner tests. */
final class LiveFixtures {

  static final CqlIdentifier KS = CqlIdentifier.fromInternal("shop");

  private final Map<CqlIdentifier, LiveTable> tables = new HashMap<>();
  private final Map<CqlIdentifier, UserDefinedType> types = new HashMap<>();

  static LiveFixtures empty() {
    return new LiveFixtures();
  }

  static TableTarget target(Class<?> type) {
    return new TableTarget(KS, EntityMetadata.of(type));
  }

  static CqlIdentifier id(String internal) {
    return CqlIdentifier.fromInternal(internal);
  }

  /** Adds the table exactly as {@code type} would create it, with the given live options. */
  LiveFixtures table(Class<?> type) {
    return table(type, t -> {});
  }

  /** Adds the table as {@code type} would create it, edited by {@code edit}. */
  LiveFixtures table(Class<?> type, Consumer<TableDraft> edit) {
    EntityMetadata<?> entity = EntityMetadata.of(type);
    TableDraft draft = new TableDraft(entity);
    edit.accept(draft);
    tables.put(entity.table(), draft.build());
    return this;
  }

  /** Adds the user type exactly as mapped (and the types it uses). */
  LiveFixtures types(Class<?> udtClass) {
    UdtMetadata<?> udt = UdtMetadata.of(udtClass);
    udt.dependencies().forEach(d -> types.put(d.name(), live(d, Map.of())));
    types.put(udt.name(), live(udt, Map.of()));
    return this;
  }

  /** Adds a user type with field types overridden by name (an absent field is removed). */
  LiveFixtures type(Class<?> udtClass, Map<String, DataType> overrides) {
    UdtMetadata<?> udt = UdtMetadata.of(udtClass);
    types.put(udt.name(), live(udt, overrides));
    return this;
  }

  Map<CqlIdentifier, LiveKeyspace> snapshot() {
    return Map.of(KS, new LiveKeyspace(KS, tables, types));
  }

  private static UserDefinedType live(UdtMetadata<?> udt, Map<String, DataType> overrides) {
    UserDefinedTypeBuilder builder = new UserDefinedTypeBuilder(KS, udt.name());
    for (UdtFieldMetadata field : udt.fields()) {
      String name = field.name().asInternal();
      if (!overrides.containsKey(name)) {
        builder.withField(field.name(), field.cqlType());
      } else if (overrides.get(name) != null) {
        builder.withField(field.name(), overrides.get(name));
      }
    }
    overrides.forEach(
        (name, type) -> {
          if (type != null && udt.fieldByName(id(name)).isEmpty()) {
            builder.withField(id(name), type);
          }
        });
    return builder.build();
  }

  /** A live table to edit before it is added. */
  static final class TableDraft {
    List<CqlIdentifier> partitionKey;
    List<LiveTable.Clustering> clustering;
    final Map<CqlIdentifier, LiveTable.Column> columns = new LinkedHashMap<>();
    final Map<CqlIdentifier, LiveTable.Index> indexes = new HashMap<>();
    final Map<String, Object> options = new LinkedHashMap<>();
    private final EntityMetadata<?> entity;

    TableDraft(EntityMetadata<?> entity) {
      this.entity = entity;
      partitionKey = entity.partitionKey().stream().map(ColumnMetadata::name).toList();
      clustering =
          entity.clusteringColumns().stream()
              .map(c -> new LiveTable.Clustering(c.name(), c.clusteringOrder()))
              .toList();
      for (ColumnMetadata column : entity.columns()) {
        columns.put(
            column.name(),
            new LiveTable.Column(column.name(), column.cqlType(), column.kind() == ColumnKind.STATIC));
      }
      for (IndexMetadata index : entity.indexes()) {
        indexes.put(
            index.name(),
            new LiveTable.Index(
                index.name(),
                index.targetCql(),
                index.kind().indexClass().map(c -> c.contains(".") ? c : "org.apache.cassandra.index.sai." + c)));
      }
      options.put("comment", "");
      options.put("default_time_to_live", 0);
      options.put("gc_grace_seconds", 864000);
      options.put(
          "compaction",
          Map.of(
              "class", "org.apache.cassandra.db.compaction.SizeTieredCompactionStrategy",
              "max_threshold", "32",
              "min_threshold", "4"));
      options.put("caching", Map.of("keys", "ALL", "rows_per_partition", "NONE"));
      options.put("speculative_retry", "99p");
      options.put("bloom_filter_fp_chance", 0.01d);
    }

    TableDraft column(String name, DataType type) {
      columns.put(id(name), new LiveTable.Column(id(name), type, false));
      return this;
    }

    TableDraft staticColumn(String name, DataType type) {
      columns.put(id(name), new LiveTable.Column(id(name), type, true));
      return this;
    }

    TableDraft without(String column) {
      columns.remove(id(column));
      return this;
    }

    TableDraft index(String name, String target, String className) {
      indexes.put(id(name), new LiveTable.Index(id(name), target, java.util.Optional.ofNullable(className)));
      return this;
    }

    TableDraft withoutIndex(String name) {
      indexes.remove(id(name));
      return this;
    }

    TableDraft option(String name, Object value) {
      options.put(name, value);
      return this;
    }

    LiveTable build() {
      return new LiveTable(KS, entity.table(), partitionKey, clustering, columns, indexes, options);
    }
  }
}
