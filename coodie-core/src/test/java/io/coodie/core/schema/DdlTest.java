package io.coodie.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.internal.schema.Ddl;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Exact CQL of every DDL shape, rendered without a connection. */
class DdlTest {

  private static final CqlIdentifier KS = CqlIdentifier.fromInternal("shop");

  private static String createTable(Class<?> type) {
    return Ddl.createTable(KS, EntityMetadata.of(type));
  }

  private static List<String> createIndexes(Class<?> type) {
    EntityMetadata<?> entity = EntityMetadata.of(type);
    return entity.indexes().stream().map(i -> Ddl.createIndex(KS, entity.table(), i)).toList();
  }

  @Test
  void simpleTable() {
    assertThat(createTable(Shapes.Simple.class))
        .isEqualTo("CREATE TABLE IF NOT EXISTS shop.simple (id uuid PRIMARY KEY,name text,age int)");
  }

  @Test
  void compositePartitionKeyClusteringDescAndStatic() {
    assertThat(createTable(Shapes.Readings.class))
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS shop.readings (sensor text,day date,at timestamp,seq int,"
                + "label text STATIC,value double,PRIMARY KEY((sensor,day),at,seq))"
                + " WITH CLUSTERING ORDER BY (at DESC,seq ASC)");
  }

  @Test
  void ascendingClusteringNeedsNoOrderClause() {
    assertThat(createTable(Shapes.Events.class))
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS shop.events (stream text,seq bigint,payload text,"
                + "PRIMARY KEY(stream,seq))");
  }

  @Test
  void counterTable() {
    assertThat(createTable(Shapes.PageViews.class))
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS shop.page_views (url text PRIMARY KEY,views counter,"
                + "visitors counter)");
  }

  @Test
  void everyKindOfTableOption() {
    assertThat(createTable(Shapes.Tuned.class))
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS shop.tuned (id text PRIMARY KEY,body text)"
                + " WITH default_time_to_live=3600"
                + " AND gc_grace_seconds=600"
                + " AND comment='it''s a test'"
                + " AND compaction={'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': 160}"
                + " AND caching={'keys': 'ALL', 'rows_per_partition': 'NONE'}"
                + " AND speculative_retry='99p'"
                + " AND bloom_filter_fp_chance=0.01");
  }

  @Test
  void userTypeColumnsFrozenOrNot() {
    assertThat(createTable(Shapes.Homes.class))
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS shop.homes (id text PRIMARY KEY,current address,"
                + "billing frozen<address>,previous list<frozen<address>>,"
                + "by_label map<text, frozen<address>>,lucky frozen<set<int>>)");
  }

  @Test
  void keywordsAndMixedCaseAreQuoted() {
    assertThat(createTable(Shapes.Quoted.class))
        .isEqualTo(
            "CREATE TABLE IF NOT EXISTS shop.\"Order\" (\"select\" text PRIMARY KEY,"
                + "\"userName\" text,plain text)");
    assertThat(Ddl.createTable(CqlIdentifier.fromInternal("My Shop"), EntityMetadata.of(Shapes.Simple.class)))
        .startsWith("CREATE TABLE IF NOT EXISTS \"My Shop\".simple (");
  }

  @Test
  void indexOfEveryTargetAndKind() {
    assertThat(createIndexes(Shapes.Indexed.class))
        .containsExactly(
            "CREATE INDEX IF NOT EXISTS indexed_email_idx ON shop.indexed (email)",
            "CREATE CUSTOM INDEX IF NOT EXISTS indexed_score_idx ON shop.indexed (score)"
                + " USING 'StorageAttachedIndex'",
            "CREATE CUSTOM INDEX IF NOT EXISTS indexed_label_idx ON shop.indexed (label)"
                + " USING 'org.apache.cassandra.index.sasi.SASIIndex'"
                + " WITH OPTIONS={'mode':'CONTAINS','analyzed':'true'}",
            "CREATE INDEX IF NOT EXISTS indexed_tags_idx ON shop.indexed (VALUES(tags))",
            "CREATE INDEX IF NOT EXISTS indexed_attrs_idx ON shop.indexed (KEYS(attrs))",
            "CREATE INDEX IF NOT EXISTS indexed_attrs_entries_idx ON shop.indexed (ENTRIES(attrs))",
            "CREATE CUSTOM INDEX IF NOT EXISTS indexed_attrs_values_idx ON shop.indexed"
                + " (VALUES(attrs)) USING 'StorageAttachedIndex'",
            "CREATE INDEX IF NOT EXISTS indexed_path_idx ON shop.indexed (FULL(path))",
            "CREATE INDEX IF NOT EXISTS \"IndexedName\" ON shop.indexed (\"Name\")");
  }

  @Test
  void indexOptionValuesAreEscaped() {
    IndexMetadata sasi = EntityMetadata.of(Shapes.Indexed.class).column("label").indexes().get(0);
    IndexMetadata quoted = new IndexMetadata() {
      public CqlIdentifier name() { return sasi.name(); }
      public CqlIdentifier column() { return sasi.column(); }
      public io.coodie.core.api.mapping.IndexTarget target() { return sasi.target(); }
      public String targetCql() { return sasi.targetCql(); }
      public io.coodie.core.api.mapping.IndexKind kind() { return sasi.kind(); }
      public Map<String, String> options() { return Map.of("analyzer_class", "it's"); }
    };
    assertThat(Ddl.createIndex(KS, CqlIdentifier.fromInternal("indexed"), quoted))
        .endsWith("WITH OPTIONS={'analyzer_class':'it''s'}");
  }

  @Test
  void createTypeFreezesNestedTypesAndCollections() {
    assertThat(Ddl.createType(KS, UdtMetadata.of(Shapes.Address.class)))
        .isEqualTo(
            "CREATE TYPE IF NOT EXISTS shop.address (street frozen<street>,city text,"
                + "zip_code text,lines frozen<list<text>>)");
    assertThat(Ddl.createType(KS, UdtMetadata.of(Shapes.Street.class)))
        .isEqualTo("CREATE TYPE IF NOT EXISTS shop.street (name text,number int)");
  }

  @Test
  void alterTypeAddAndDropType() {
    assertThat(
            Ddl.alterTypeAdd(
                KS, CqlIdentifier.fromInternal("address"), CqlIdentifier.fromInternal("Country"),
                DataTypes.TEXT))
        .isEqualTo("ALTER TYPE shop.address ADD \"Country\" text");
    assertThat(Ddl.dropType(KS, CqlIdentifier.fromInternal("address")))
        .isEqualTo("DROP TYPE IF EXISTS shop.address");
  }

  @Test
  void alterTableAddRegularStaticAndCollectionColumns() {
    EntityMetadata<Shapes.Readings> readings = EntityMetadata.of(Shapes.Readings.class);
    assertThat(Ddl.alterTableAdd(KS, readings.table(), readings.column("value")))
        .isEqualTo("ALTER TABLE shop.readings ADD value double");
    assertThat(Ddl.alterTableAdd(KS, readings.table(), readings.column("label")))
        .isEqualTo("ALTER TABLE shop.readings ADD label text STATIC");
    EntityMetadata<Shapes.Homes> homes = EntityMetadata.of(Shapes.Homes.class);
    assertThat(Ddl.alterTableAdd(KS, homes.table(), homes.column("byLabel")))
        .isEqualTo("ALTER TABLE shop.homes ADD by_label map<text, frozen<address>>");
  }

  @Test
  void alterTableWithOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("default_time_to_live", "60");
    options.put("compaction", "{'class': 'SizeTieredCompactionStrategy'}");
    options.put("comment", "'it''s'");
    assertThat(Ddl.alterTableWith(KS, CqlIdentifier.fromInternal("Order"), options))
        .isEqualTo(
            "ALTER TABLE shop.\"Order\" WITH default_time_to_live=60"
                + " AND compaction={'class': 'SizeTieredCompactionStrategy'} AND comment='it''s'");
  }

  @Test
  void createKeyspaceWithEitherStrategyAndDurableWrites() {
    assertThat(Ddl.createKeyspace(KS, Replication.simple(3), true))
        .isEqualTo(
            "CREATE KEYSPACE IF NOT EXISTS shop WITH replication="
                + "{'class':'SimpleStrategy','replication_factor':3} AND durable_writes=true");
    Map<String, Integer> dcs = new LinkedHashMap<>();
    dcs.put("dc1", 3);
    dcs.put("dc2", 2);
    assertThat(Ddl.createKeyspace(CqlIdentifier.fromInternal("Shop"), Replication.networkTopology(dcs), false))
        .isEqualTo(
            "CREATE KEYSPACE IF NOT EXISTS \"Shop\" WITH replication="
                + "{'class':'NetworkTopologyStrategy','dc1':3,'dc2':2} AND durable_writes=false");
  }

  @Test
  void quotesInDatacenterNamesAreDoubled() {
    assertThat(Ddl.createKeyspace(KS, Replication.networkTopology(Map.of("data'center", 2)), true))
        .isEqualTo(
            "CREATE KEYSPACE IF NOT EXISTS shop WITH replication="
                + "{'class':'NetworkTopologyStrategy','data''center':2} AND durable_writes=true");
    // crafted to end the name and set replication_factor: stays one (unknown) datacenter name
    assertThat(
            Ddl.createKeyspace(
                KS,
                Replication.networkTopology(Map.of("datacenter1': '2', 'replication_factor", 1)),
                true))
        .isEqualTo(
            "CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'NetworkTopologyStrategy',"
                + "'datacenter1'': ''2'', ''replication_factor':1} AND durable_writes=true");
  }

  @Test
  void quotesInIndexOptionNamesAreDoubled() {
    IndexMetadata sasi = EntityMetadata.of(Shapes.Indexed.class).column("label").indexes().get(0);
    IndexMetadata hostile = new IndexMetadata() {
      public CqlIdentifier name() { return sasi.name(); }
      public CqlIdentifier column() { return sasi.column(); }
      public io.coodie.core.api.mapping.IndexTarget target() { return sasi.target(); }
      public String targetCql() { return sasi.targetCql(); }
      public io.coodie.core.api.mapping.IndexKind kind() { return sasi.kind(); }
      public Map<String, String> options() { return Map.of("mode':'x','analyzed", "true"); }
    };
    assertThat(Ddl.createIndex(KS, CqlIdentifier.fromInternal("indexed"), hostile))
        .endsWith("WITH OPTIONS={'mode'':''x'',''analyzed':'true'}");
  }

  @Test
  void tableOptionsMustBeAnIdentifierAndOneLiteral() {
    CqlIdentifier table = CqlIdentifier.fromInternal("t");
    assertThatThrownBy(
            () -> Ddl.alterTableWith(KS, table, Map.of("comment='x' AND gc_grace_seconds", "0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "table option name comment='x' AND gc_grace_seconds is not an option name");
    assertThatThrownBy(
            () -> Ddl.alterTableWith(KS, table, Map.of("gc_grace_seconds", "0 AND comment='x'")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("table option gc_grace_seconds is not one CQL literal");
    assertThatThrownBy(() -> Ddl.alterTableWith(KS, table, Map.of("comment", "'a'; DROP TABLE t")))
        .hasMessageStartingWith("table option comment is not one CQL literal");
    assertThatThrownBy(() -> Ddl.alterTableWith(KS, table, Map.of("comment", "a'b")))
        .hasMessageStartingWith("table option comment is not one CQL literal");
    assertThatThrownBy(() -> Ddl.alterTableWith(KS, table, Map.of("compaction", "{'class': x;y}")))
        .hasMessageStartingWith("table option compaction is not one CQL literal");
  }

  @Test
  void annotatedTableOptionsAreCheckedWhenMapped() {
    assertThatThrownBy(() -> EntityMetadata.of(Shapes.HostileOptionName.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("@TableOption name 'comment = 'x' AND gc_grace_seconds' is not a table"
            + " option name");
    assertThatThrownBy(() -> EntityMetadata.of(Shapes.HostileOptionValue.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("@TableOption gc_grace_seconds needs one CQL literal");
    assertThatThrownBy(() -> EntityMetadata.of(Shapes.HostileCompactionOption.class))
        .isInstanceOf(MappingException.class)
        .hasMessageContaining("@Compaction option sstable_size_in_mb needs one CQL literal");
  }

  @Test
  void dropTableAndKeyspace() {
    assertThat(Ddl.dropTable(KS, CqlIdentifier.fromInternal("Order")))
        .isEqualTo("DROP TABLE IF EXISTS shop.\"Order\"");
    assertThat(Ddl.dropKeyspace(KS)).isEqualTo("DROP KEYSPACE IF EXISTS shop");
  }
}
