package io.coodie.core.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaPlan;
import io.coodie.core.it.schema.Models.Catalog;
import io.coodie.core.it.schema.Models.Geo;
import io.coodie.core.it.schema.Models.Hits;
import io.coodie.core.it.schema.Models.Place;
import io.coodie.core.it.schema.Models.ProductIndexed;
import io.coodie.core.it.schema.Models.ProductV1;
import io.coodie.core.it.schema.Models.ProductV2;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Creating and evolving tables against a real node. */
@CassandraTest
class SchemaSyncIT {

  @Test
  void createsEveryShapeAndTheEntitiesWorkOnIt(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "create")) {
      SchemaPlan plan = box.schema.sync(SchemaAction.CREATE, Catalog.class, Hits.class);

      assertThat(plan.statements()).hasSize(11).isEqualTo(box.recorder.ddl());
      assertThat(plan.statements().subList(0, 2))
          .containsExactly(
              "CREATE TYPE IF NOT EXISTS " + box.keyspace + ".geo (lat double,lon double)",
              "CREATE TYPE IF NOT EXISTS " + box.keyspace
                  + ".place (name text,at frozen<geo>,route frozen<list<frozen<geo>>>)");
      assertThat(SystemSchema.columns(box.session, "catalog"))
          .containsEntry("shop", "partition_key text")
          .containsEntry("bucket", "partition_key int")
          .containsEntry("at", "clustering timestamp desc")
          .containsEntry("sku", "clustering text asc")
          .containsEntry("shop_name", "static text")
          .containsEntry("Colour", "regular text")
          .containsEntry("origin", "regular place")
          .containsEntry("destination", "regular frozen<place>")
          .containsEntry("stops", "regular map<text, frozen<geo>>");
      assertThat(SystemSchema.columns(box.session, "hits")).containsEntry("views", "regular counter");
      Map<String, Map<String, String>> indexes = SystemSchema.indexes(box.session, "catalog");
      assertThat(indexes).containsOnlyKeys(
          "catalog_price_idx", "catalog_label_idx", "catalog_tags_idx", "catalog_attrs_idx",
          "catalog_attrs_entries_idx", "catalog_path_idx", "CatalogColour");
      assertThat(indexes.get("catalog_label_idx")).containsEntry("mode", "CONTAINS");
      assertThat(indexes.get("CatalogColour")).containsEntry("target", "\"Colour\"");
      Row options = SystemSchema.table(box.session, "catalog");
      assertThat(options.getInt("default_time_to_live")).isEqualTo(86400);
      assertThat(options.getString("comment")).isEqualTo("it's the catalog");
      assertThat(options.getMap("compaction", String.class, String.class))
          .contains(entry("class", "org.apache.cassandra.db.compaction.LeveledCompactionStrategy"))
          .contains(entry("sstable_size_in_mb", "160"));

      Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
      Place place = new Place("home", new Geo(1, 2), List.of(new Geo(3, 4)));
      Catalog item =
          new Catalog("s", 1, at, "sku1", "Shop", 9.5, "red shoe", Set.of("a"), Map.of("k", "v"),
              List.of("x"), "red", place, place, Map.of("a", new Geo(5, 6)));
      var catalog = Coodie.create(box.session).entity(Catalog.class);
      catalog.insert(item);
      assertThat(catalog.get("s", 1, at, "sku1")).contains(item);
    }
  }

  @Test
  void resyncOfUnchangedEntitiesExecutesNothing(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "resync")) {
      box.schema.sync(SchemaAction.UPDATE, Catalog.class, Hits.class);
      box.recorder.clear();

      for (SchemaAction action : List.of(SchemaAction.CREATE, SchemaAction.UPDATE, SchemaAction.VALIDATE)) {
        SchemaPlan plan = box.schema.plan(action, Catalog.class, Hits.class);
        assertThat(plan.statements()).as(action.name()).isEmpty();
        assertThat(plan.differences()).as(action.name()).isEmpty();
        assertThat(plan.warnings()).as(action.name()).isEmpty();
        assertThat(box.schema.sync(action, Catalog.class, Hits.class).statements()).isEmpty();
      }
      assertThat(box.recorder.ddl()).isEmpty();
    }
  }

  @Test
  void addedColumnsAreAlteredInAndEarlierRowsStillRead(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "add_column")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV1.class);
      Coodie.create(box.session).entity(ProductV1.class).insert(new ProductV1("p1", 1, "old"));
      box.recorder.clear();

      SchemaPlan dryRun = box.schema.plan(SchemaAction.UPDATE, ProductV2.class);
      SchemaPlan executed = box.schema.sync(SchemaAction.UPDATE, ProductV2.class);

      assertThat(dryRun.statements())
          .containsExactly(
              "ALTER TABLE " + box.keyspace + ".products ADD stock int",
              "ALTER TABLE " + box.keyspace + ".products ADD note text STATIC",
              "ALTER TABLE " + box.keyspace + ".products WITH default_time_to_live=3600"
                  + " AND compaction={'class': 'LeveledCompactionStrategy'}",
              "CREATE INDEX IF NOT EXISTS products_stock_idx ON " + box.keyspace + ".products (stock)");
      assertThat(executed.statements()).isEqualTo(dryRun.statements());
      assertThat(box.recorder.ddl()).isEqualTo(dryRun.statements());
      assertThat(SystemSchema.columns(box.session, "products"))
          .containsEntry("stock", "regular int")
          .containsEntry("note", "static text");
      assertThat(Coodie.create(box.session).entity(ProductV2.class).get("p1", 1))
          .contains(new ProductV2("p1", 1, "old", null, null));
      assertThat(box.schema.plan(SchemaAction.UPDATE, ProductV2.class).statements()).isEmpty();
    }
  }

  @Test
  void aNewIndexIsCreated(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "add_index")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV1.class);
      box.recorder.clear();

      box.schema.sync(SchemaAction.UPDATE, ProductIndexed.class);

      assertThat(box.recorder.ddl())
          .containsExactly(
              "CREATE CUSTOM INDEX IF NOT EXISTS products_name_idx ON " + box.keyspace
                  + ".products (name) USING 'StorageAttachedIndex'");
      assertThat(SystemSchema.indexes(box.session, "products").get("products_name_idx"))
          .containsEntry("target", "name")
          .containsEntry("class_name", "StorageAttachedIndex");
      assertThat(box.schema.plan(SchemaAction.UPDATE, ProductIndexed.class).statements()).isEmpty();
    }
  }

  @Test
  void changedCompactionAndTtlAreAltered(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "options")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV1.class);
      Row before = SystemSchema.table(box.session, "products");
      assertThat(before.getMap("compaction", String.class, String.class).get("class"))
          .endsWith("SizeTieredCompactionStrategy");

      box.schema.sync(SchemaAction.UPDATE, ProductV2.class);

      Row after = SystemSchema.table(box.session, "products");
      assertThat(after.getInt("default_time_to_live")).isEqualTo(3600);
      assertThat(after.getMap("compaction", String.class, String.class).get("class"))
          .isEqualTo("org.apache.cassandra.db.compaction.LeveledCompactionStrategy");
    }
  }

  @Test
  void dropTableTwiceIsFine(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "drop")) {
      box.schema.sync(SchemaAction.CREATE, ProductV1.class);
      box.schema.dropTable(ProductV1.class);
      box.schema.dropTable(ProductV1.class);

      assertThat(SystemSchema.table(box.session, "products")).isNull();
      assertThat(box.recorder.ddl())
          .endsWith(
              "DROP TABLE IF EXISTS " + box.keyspace + ".products",
              "DROP TABLE IF EXISTS " + box.keyspace + ".products");
    }
  }

  @Test
  void columnsRemovedFromTheEntityAreReportedAndKept(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "removed")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV2.class);
      box.recorder.clear();

      SchemaPlan plan = box.schema.sync(SchemaAction.UPDATE, ProductV1.class);

      assertThat(plan.statements()).isEmpty();
      assertThat(box.recorder.ddl()).isEmpty();
      assertThat(plan.warnings())
          .anySatisfy(w -> assertThat(w).contains("column stock (int) exists in the database but not in"))
          .anySatisfy(w -> assertThat(w).contains("column note (text static) exists in the database"))
          .anySatisfy(w -> assertThat(w).contains("index products_stock_idx (stock) exists"));
      assertThat(SystemSchema.columns(box.session, "products")).containsKeys("stock", "note");
    }
  }

  @Test
  void recreateDropsAndCreatesTheTables(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "recreate")) {
      box.schema.sync(SchemaAction.UPDATE, ProductV1.class);
      Coodie.create(box.session).entity(ProductV1.class).insert(new ProductV1("p1", 1, "old"));

      box.schema.sync(SchemaAction.RECREATE, Models.ProductNewKey.class);

      assertThat(SystemSchema.columns(box.session, "products")).containsEntry("rev", "partition_key int");
      assertThat(box.session.execute("SELECT * FROM products").all()).isEmpty();
    }
  }
}
