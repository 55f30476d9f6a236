package io.coodie.core.schema;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.ClusteringOrder;
import io.coodie.core.api.mapping.Compaction;
import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.Index;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Static;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TableOptions;
import io.coodie.core.api.mapping.UserDefinedType;
import java.util.UUID;

/** Versions of entities mapped to the same tables, for the planner tests. */
final class Versions {

  private Versions() {}

  @Table(name = "items")
  record ItemV1(@PartitionKey UUID id, @ClusteringColumn int rev, String name) {}

  /** Adds a regular and a static column and an index. */
  @Table(name = "items")
  record ItemV2(
      @PartitionKey UUID id,
      @ClusteringColumn int rev,
      String name,
      @Index Integer price,
      @Static String owner) {}

  /** The name became an int. */
  @Table(name = "items")
  record ItemNameAsInt(@PartitionKey UUID id, @ClusteringColumn int rev, int name) {}

  /** rev joined the partition key. */
  @Table(name = "items")
  record ItemNewKey(@PartitionKey(0) UUID id, @PartitionKey(1) int rev, String name) {}

  /** rev is now descending. */
  @Table(name = "items")
  record ItemDesc(
      @PartitionKey UUID id, @ClusteringColumn(order = ClusteringOrder.DESC) int rev, String name) {}

  /** name became static. */
  @Table(name = "items")
  record ItemStaticName(@PartitionKey UUID id, @ClusteringColumn int rev, @Static String name) {}

  /** Counters on the items table. */
  @Table(name = "items")
  record ItemCounts(@PartitionKey UUID id, @ClusteringColumn int rev, @Counter long name) {}

  @TableOptions(
      defaultTimeToLive = 60,
      compaction = @Compaction(strategy = "LeveledCompactionStrategy"))
  @Table(name = "items")
  record ItemTuned(@PartitionKey UUID id, @ClusteringColumn int rev, String name) {}

  @UserDefinedType(name = "geo")
  record GeoV1(double lat, double lon) {}

  @UserDefinedType(name = "geo")
  record GeoV2(double lat, double lon, Integer alt) {}

  @UserDefinedType(name = "geo")
  record GeoFloat(float lat, double lon) {}

  @UserDefinedType(name = "place")
  record PlaceV1(String name, GeoV1 at) {}

  @UserDefinedType(name = "place")
  record PlaceV2(String name, GeoV2 at) {}

  @UserDefinedType(name = "place")
  record PlaceFloat(String name, GeoFloat at) {}

  @Table(name = "visits")
  record VisitV1(@PartitionKey UUID id, PlaceV1 place) {}

  @Table(name = "visits")
  record VisitV2(@PartitionKey UUID id, PlaceV2 place) {}

  @Table(name = "visits")
  record VisitFloat(@PartitionKey UUID id, PlaceFloat place) {}

  /** Declares an index named like one of {@link Other}'s. */
  @Table(name = "clash")
  record Clash(@PartitionKey UUID id, @Index(name = "shared_idx") String code) {}

  @Table(name = "other")
  record Other(@PartitionKey UUID id, @Index(name = "shared_idx") String code) {}

  /** No keyspace anywhere. */
  @Table(name = "nowhere")
  record Nowhere(@PartitionKey UUID id) {}
}
