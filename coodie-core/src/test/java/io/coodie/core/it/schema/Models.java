package io.coodie.core.it.schema;

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
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Entities for the schema integration tests; versions of one table share its name. */
final class Models {

  private Models() {}

  @UserDefinedType(name = "geo")
  record Geo(double lat, double lon) {}

  @UserDefinedType(name = "geo")
  record GeoV2(double lat, double lon, Integer alt) {}

  @UserDefinedType(name = "geo")
  record GeoText(String lat, double lon) {}

  @UserDefinedType(name = "place")
  record Place(String name, Geo at, List<Geo> route) {}

  @UserDefinedType(name = "place")
  record PlaceV2(String name, GeoV2 at, List<GeoV2> route) {}

  @UserDefinedType(name = "place")
  record PlaceText(String name, GeoText at, List<GeoText> route) {}

  /** Every shape at once: composite key, DESC clustering, static, UDTs, all index kinds, options. */
  @TableOptions(
      defaultTimeToLive = 86400,
      gcGraceSeconds = 3600,
      comment = "it's the catalog",
      compaction =
          @Compaction(
              strategy = "LeveledCompactionStrategy",
              options = @TableOption(name = "sstable_size_in_mb", value = "160")),
      options = {
        @TableOption(name = "caching", value = "{'keys': 'ALL', 'rows_per_partition': '10'}"),
        @TableOption(name = "speculative_retry", value = "'99p'"),
        @TableOption(name = "bloom_filter_fp_chance", value = "0.02")
      })
  @Table(name = "catalog")
  record Catalog(
      @PartitionKey(0) String shop,
      @PartitionKey(1) int bucket,
      @ClusteringColumn(value = 0, order = ClusteringOrder.DESC) Instant at,
      @ClusteringColumn(1) String sku,
      @Static String shopName,
      @Index(using = IndexKind.SAI) Double price,
      @Index(using = IndexKind.SASI, options = @IndexOption(name = "mode", value = "CONTAINS"))
          String label,
      @Index Set<String> tags,
      @Index(target = IndexTarget.KEYS)
          @Index(name = "catalog_attrs_entries_idx", target = IndexTarget.ENTRIES)
          Map<String, String> attrs,
      @Index @Frozen List<String> path,
      @Index(name = "CatalogColour") @Column(name = "Colour") String colour,
      Place origin,
      @Frozen Place destination,
      Map<String, Geo> stops) {}

  @Table(name = "hits")
  record Hits(@PartitionKey String page, @ClusteringColumn String day, @Counter long views) {}

  // ----- one table in versions -----

  @Table(name = "products")
  record ProductV1(@PartitionKey String id, @ClusteringColumn int rev, String name) {}

  @TableOptions(
      defaultTimeToLive = 3600,
      compaction = @Compaction(strategy = "LeveledCompactionStrategy"))
  @Table(name = "products")
  record ProductV2(
      @PartitionKey String id,
      @ClusteringColumn int rev,
      String name,
      @Index Integer stock,
      @Static String note) {}

  @Table(name = "products")
  record ProductNewKey(@PartitionKey(0) String id, @PartitionKey(1) int rev, String name) {}

  @Table(name = "products")
  record ProductIntName(@PartitionKey String id, @ClusteringColumn int rev, int name) {}

  /** Same table, an extra index only. */
  @Table(name = "products")
  record ProductIndexed(
      @PartitionKey String id, @ClusteringColumn int rev, @Index(using = IndexKind.SAI) String name) {}

  // ----- user types in versions -----

  @Table(name = "trips")
  record Trip(@PartitionKey String id, Place place) {}

  @Table(name = "trips")
  record TripV2(@PartitionKey String id, PlaceV2 place) {}

  @Table(name = "trips")
  record TripText(@PartitionKey String id, PlaceText place) {}
}
