package io.coodie.core.schema;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.ClusteringOrder;
import io.coodie.core.api.mapping.Column;
import io.coodie.core.api.mapping.Compaction;
import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.Frozen;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.mapping.IndexOption;
import io.coodie.core.api.mapping.IndexTarget;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TableOption;
import io.coodie.core.api.mapping.TableOptions;
import io.coodie.core.api.mapping.UserDefinedType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Entity shapes whose DDL the unit tests assert. */
final class Shapes {

  private Shapes() {}

  @Table(name = "simple")
  record Simple(@PartitionKey UUID id, String name, int age) {}

  /** Composite partition key, two clustering columns (one descending) and a static column. */
  @Table(name = "readings")
  record Readings(
      @PartitionKey(0) String sensor,
      @PartitionKey(1) LocalDate day,
      @ClusteringColumn(value = 0, order = ClusteringOrder.DESC) Instant at,
      @ClusteringColumn(1) int seq,
      @Static String label,
      double value) {}

  /** Clustering columns all ascending: no CLUSTERING ORDER clause. */
  @Table(name = "events")
  record Events(@PartitionKey String stream, @ClusteringColumn long seq, String payload) {}

  @Table(name = "page_views")
  record PageViews(@PartitionKey String url, @Counter long views, @Counter long visitors) {}

  @TableOptions(
      defaultTimeToLive = 3600,
      gcGraceSeconds = 600,
      comment = "it's a test",
      compaction =
          @Compaction(
              strategy = "LeveledCompactionStrategy",
              options = @TableOption(name = "sstable_size_in_mb", value = "160")),
      options = {
        @TableOption(name = "caching", value = "{'keys': 'ALL', 'rows_per_partition': 'NONE'}"),
        @TableOption(name = "speculative_retry", value = "'99p'"),
        @TableOption(name = "bloom_filter_fp_chance", value = "0.01")
      })
  @Table(name = "tuned")
  record Tuned(@PartitionKey String id, String body) {}

  @UserDefinedType
  record Street(String name, int number) {}

  @UserDefinedType(name = "address")
  record Address(Street street, String city, @Column(name = "zip_code") String zip, List<String> lines) {}

  @Table(name = "homes")
  record Homes(
      @PartitionKey String id,
      Address current,
      @Frozen Address billing,
      List<@Frozen Address> previous,
      Map<String, Address> byLabel,
      @Frozen Set<Integer> lucky) {}

  /** Keyword and mixed-case identifiers. */
  @Table(name = "Order")
  record Quoted(
      @PartitionKey @Column(name = "select") String select,
      @Column(name = "userName") String userName,
      @Column(name = "plain") String plain) {}

  /** One index of every target and kind. */
  @Table(name = "indexed")
  record Indexed(
      @PartitionKey String id,
      @Index String email,
      @Index(using = IndexKind.SAI) Double score,
      @Index(using = IndexKind.SASI, options = {
            @IndexOption(name = "mode", value = "CONTAINS"),
            @IndexOption(name = "analyzed", value = "true")})
          String label,
      @Index Set<String> tags,
      @Index(target = IndexTarget.KEYS)
          @Index(name = "indexed_attrs_entries_idx", target = IndexTarget.ENTRIES)
          @Index(name = "indexed_attrs_values_idx", target = IndexTarget.VALUES, using = IndexKind.SAI)
          Map<String, String> attrs,
      @Index @Frozen List<String> path,
      @Index(name = "IndexedName") @Column(name = "Name") String name) {}

  @TableOptions(options = @TableOption(name = "comment = 'x' AND gc_grace_seconds", value = "0"))
  @Table(name = "hostile_name")
  record HostileOptionName(@PartitionKey String id) {}

  @TableOptions(options = @TableOption(name = "gc_grace_seconds", value = "0 AND comment = 'x'"))
  @Table(name = "hostile_value")
  record HostileOptionValue(@PartitionKey String id) {}

  @TableOptions(
      compaction =
          @Compaction(
              strategy = "LeveledCompactionStrategy",
              options = @TableOption(name = "sstable_size_in_mb", value = "160} AND comment = {'x': 1")))
  @Table(name = "hostile_compaction")
  record HostileCompactionOption(@PartitionKey String id) {}
}
