package io.coodie.core.schema;

import static io.coodie.core.schema.LiveFixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaPlan;
import io.coodie.core.internal.schema.LiveKeyspace;
import io.coodie.core.internal.schema.SchemaPlanner;
import io.coodie.core.internal.schema.TableTarget;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The diff and its statements, against hand-made snapshots: no database. */
class SchemaPlannerTest {

  private static SchemaPlan plan(SchemaAction action, LiveFixtures live, Class<?>... entities) {
    return plan(action, live.snapshot(), entities);
  }

  private static SchemaPlan plan(
      SchemaAction action, Map<CqlIdentifier, LiveKeyspace> live, Class<?>... entities) {
    List<TableTarget> targets = Arrays.stream(entities).map(LiveFixtures::target).toList();
    return SchemaPlanner.plan(action, targets, live).plan();
  }

  @Test
  void aPolymorphicHierarchyIsOneTableWithItsDiscriminator() {
    List<TableTarget> targets =
        io.coodie.core.internal.schema.Targets.resolve(
            List.of(
                io.coodie.core.fixtures.CatalogItem.class,
                io.coodie.core.fixtures.Hat.class,
                io.coodie.core.fixtures.Book.class),
            java.util.Optional.of(LiveFixtures.KS));

    SchemaPlan plan = SchemaPlanner.plan(SchemaAction.CREATE, targets, LiveFixtures.empty().snapshot()).plan();

    assertThat(plan.statements()).singleElement().asString()
        .startsWith("CREATE TABLE IF NOT EXISTS shop.catalog_item (id uuid PRIMARY KEY,kind text,title text,")
        .contains("color text", "brim_millimetres int", "isbn text");
  }

  @Test
  void noneDoesNothing() {
    assertThat(plan(SchemaAction.NONE, LiveFixtures.empty(), Versions.ItemV1.class))
        .isEqualTo(SchemaPlan.empty(SchemaAction.NONE));
  }

  @Test
  void createsTypesInnerFirstThenTablesThenIndexes() {
    SchemaPlan plan =
        plan(SchemaAction.CREATE, LiveFixtures.empty(), Versions.VisitV2.class, Versions.ItemV2.class);

    assertThat(plan.statements())
        .containsExactly(
            "CREATE TYPE IF NOT EXISTS shop.geo (lat double,lon double,alt int)",
            "CREATE TYPE IF NOT EXISTS shop.place (name text,at frozen<geo>)",
            "CREATE TABLE IF NOT EXISTS shop.visits (id uuid PRIMARY KEY,place place)",
            "CREATE TABLE IF NOT EXISTS shop.items (id uuid,rev int,name text,price int,"
                + "owner text STATIC,PRIMARY KEY(id,rev))",
            "CREATE INDEX IF NOT EXISTS items_price_idx ON shop.items (price)");
    assertThat(plan.differences())
        .containsExactly(
            "type shop.geo does not exist",
            "type shop.place does not exist",
            "table shop.visits does not exist",
            "table shop.items does not exist");
  }

  @Test
  void unchangedEntitiesProduceNothing() {
    LiveFixtures live =
        LiveFixtures.empty()
            .types(Versions.PlaceV2.class)
            .table(Versions.VisitV2.class)
            .table(Versions.ItemV2.class);

    for (SchemaAction action : List.of(SchemaAction.CREATE, SchemaAction.UPDATE, SchemaAction.VALIDATE)) {
      SchemaPlan plan = plan(action, live, Versions.VisitV2.class, Versions.ItemV2.class);
      assertThat(plan.statements()).as(action.name()).isEmpty();
      assertThat(plan.differences()).as(action.name()).isEmpty();
      assertThat(plan.warnings()).as(action.name()).isEmpty();
    }
  }

  @Test
  void updateAddsColumnsStaticColumnsAndIndexes() {
    SchemaPlan plan =
        plan(SchemaAction.UPDATE, LiveFixtures.empty().table(Versions.ItemV1.class), Versions.ItemV2.class);

    assertThat(plan.statements())
        .containsExactly(
            "ALTER TABLE shop.items ADD price int",
            "ALTER TABLE shop.items ADD owner text STATIC",
            "CREATE INDEX IF NOT EXISTS items_price_idx ON shop.items (price)");
    assertThat(plan.differences())
        .containsExactly(
            "table shop.items: column price is missing (wanted int)",
            "table shop.items: column owner is missing (wanted text static)",
            "table shop.items: index items_price_idx is missing (price)");
  }

  @Test
  void createOnlyCreatesAndReportsWhatUpdateWouldAlter() {
    SchemaPlan plan =
        plan(SchemaAction.CREATE, LiveFixtures.empty().table(Versions.ItemV1.class), Versions.ItemV2.class);

    assertThat(plan.statements())
        .containsExactly("CREATE INDEX IF NOT EXISTS items_price_idx ON shop.items (price)");
    assertThat(plan.differences()).hasSize(3);
    assertThat(plan.warnings())
        .containsExactly(
            "CREATE leaves existing tables and types as they are: 2 of the differences above need"
                + " SchemaAction.UPDATE");
  }

  @Test
  void columnsOnlyInTheDatabaseAreKeptWithAWarning() {
    SchemaPlan plan =
        plan(SchemaAction.UPDATE, LiveFixtures.empty().table(Versions.ItemV2.class), Versions.ItemV1.class);

    assertThat(plan.statements()).isEmpty();
    assertThat(plan.differences()).isEmpty();
    assertThat(plan.warnings())
        .containsExactly(
            "table shop.items: column price (int) exists in the database but not in "
                + Versions.ItemV1.class.getName() + "; kept (drop it by hand once no reader needs it)",
            "table shop.items: column owner (text static) exists in the database but not in "
                + Versions.ItemV1.class.getName() + "; kept (drop it by hand once no reader needs it)",
            "table shop.items: index items_price_idx (price) exists in the database but is not"
                + " declared by " + Versions.ItemV1.class.getName() + "; kept");
  }

  @Test
  void partitionKeyChangeIsRefusedWithWhatAndHow() {
    LiveFixtures live = LiveFixtures.empty().table(Versions.ItemV1.class);

    for (SchemaAction action : List.of(SchemaAction.CREATE, SchemaAction.UPDATE)) {
      assertThatThrownBy(() -> plan(action, live, Versions.ItemNewKey.class))
          .isInstanceOf(IncompatibleSchemaException.class)
          .hasMessageContaining("no statement was executed")
          .hasMessageContaining(
              "table shop.items: the partition key is (id) in the database but (id, rev) in "
                  + Versions.ItemNewKey.class.getName())
          .hasMessageContaining(
              "the clustering columns are (rev ASC) in the database but (none) in")
          .hasMessageContaining("migrate the data to a new table (e.g. @Table(name = \"items_v2\"))")
          .hasMessageContaining("SchemaAction.RECREATE in development");
    }
  }

  @Test
  void clusteringOrderChangeIsRefused() {
    assertThatThrownBy(
            () ->
                plan(SchemaAction.UPDATE, LiveFixtures.empty().table(Versions.ItemV1.class), Versions.ItemDesc.class))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining(
            "table shop.items: the clustering columns are (rev ASC) in the database but (rev DESC)");
  }

  @Test
  void columnTypeStaticAndCounterChangesAreRefused() {
    LiveFixtures live = LiveFixtures.empty().table(Versions.ItemV1.class);

    assertThatThrownBy(() -> plan(SchemaAction.UPDATE, live, Versions.ItemNameAsInt.class))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining(
            "table shop.items, column name: the type is text in the database but int in "
                + Versions.ItemNameAsInt.class.getName() + ".name")
        .hasMessageContaining("add a column with another name and migrate the data");
    assertThatThrownBy(() -> plan(SchemaAction.UPDATE, live, Versions.ItemStaticName.class))
        .hasMessageContaining("table shop.items, column name: it is regular in the database but static");
    assertThatThrownBy(() -> plan(SchemaAction.UPDATE, live, Versions.ItemCounts.class))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining(
            "table shop.items: it is a regular table in the database but "
                + Versions.ItemCounts.class.getName() + " maps a counter table")
        .hasMessageContaining("column name: the type is text in the database but counter");
  }

  @Test
  void aRefusedPlanCarriesTheStatementsThatWouldHaveRun() {
    LiveFixtures live = LiveFixtures.empty().table(Versions.ItemV1.class);

    IncompatibleSchemaException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IncompatibleSchemaException.class,
            () -> plan(SchemaAction.UPDATE, live, Versions.VisitV1.class, Versions.ItemNameAsInt.class));
    SchemaPlan rest = e.plan().orElseThrow();
    assertThat(rest.action()).isEqualTo(SchemaAction.UPDATE);
    assertThat(rest.statements())
        .containsExactly(
            "CREATE TYPE IF NOT EXISTS shop.geo (lat double,lon double)",
            "CREATE TYPE IF NOT EXISTS shop.place (name text,at frozen<geo>)",
            "CREATE TABLE IF NOT EXISTS shop.visits (id uuid PRIMARY KEY,place place)");
    assertThat(rest.differences()).contains("table shop.visits does not exist");
  }

  @Test
  void oneIncompatibleEntityStopsTheWholeSync() {
    LiveFixtures live = LiveFixtures.empty().table(Versions.ItemV1.class);

    IncompatibleSchemaException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IncompatibleSchemaException.class,
            () -> plan(SchemaAction.UPDATE, live, Versions.VisitV1.class, Versions.ItemNameAsInt.class));
    assertThat(e.problems()).hasSize(1);
  }

  @Test
  void validateListsEveryDifferenceWithoutStatements() {
    LiveFixtures live =
        LiveFixtures.empty()
            .type(Versions.GeoV1.class, Map.of())
            .type(Versions.PlaceV1.class, Map.of())
            .table(Versions.ItemV1.class);

    SchemaPlan plan =
        plan(SchemaAction.VALIDATE, live, Versions.VisitV2.class, Versions.ItemNameAsInt.class, Versions.Other.class);

    assertThat(plan.statements()).isEmpty();
    assertThat(plan.differences())
        .containsExactly(
            "type shop.geo: field alt is missing (wanted int)",
            "table shop.visits does not exist",
            "table shop.items, column name: the type is text in the database but int in "
                + Versions.ItemNameAsInt.class.getName()
                + ".name. Cassandra cannot change a column's type: add a column with another name"
                + " and migrate the data, or migrate to a new table (e.g. @Table(name ="
                + " \"items_v2\")), or use SchemaAction.RECREATE in development (drops the table"
                + " and its data).",
            "table shop.other does not exist");
  }

  @Test
  void declaredOptionsAreComparedNormalisedAndOnlyDifferencesAltered() {
    LiveFixtures same =
        LiveFixtures.empty()
            .table(
                Versions.ItemTuned.class,
                t ->
                    t.option("default_time_to_live", 60)
                        .option(
                            "compaction",
                            Map.of(
                                "class", "org.apache.cassandra.db.compaction.LeveledCompactionStrategy",
                                "max_threshold", "32",
                                "min_threshold", "4")));
    assertThat(plan(SchemaAction.UPDATE, same, Versions.ItemTuned.class).statements()).isEmpty();

    LiveFixtures differs =
        LiveFixtures.empty().table(Versions.ItemTuned.class, t -> t.option("default_time_to_live", 60));
    SchemaPlan plan = plan(SchemaAction.UPDATE, differs, Versions.ItemTuned.class);
    assertThat(plan.statements())
        .containsExactly(
            "ALTER TABLE shop.items WITH compaction={'class': 'LeveledCompactionStrategy'}");
    assertThat(plan.differences())
        .containsExactly(
            "table shop.items: option compaction is {'class':"
                + " 'org.apache.cassandra.db.compaction.SizeTieredCompactionStrategy',"
                + " 'max_threshold': 32, 'min_threshold': 4} in the database, wanted {'class':"
                + " 'LeveledCompactionStrategy'}");
  }

  @Test
  void unreadableOptionsAreWarnedAbout() {
    SchemaPlan plan =
        plan(
            SchemaAction.UPDATE,
            LiveFixtures.empty()
                .table(
                    Versions.ItemTuned.class,
                    t -> {
                      t.options.remove("compaction");
                      t.option("default_time_to_live", 60);
                    }),
            Versions.ItemTuned.class);

    assertThat(plan.statements()).isEmpty();
    assertThat(plan.warnings())
        .containsExactly(
            "table shop.items: option compaction is not a column of system_schema.tables; its live"
                + " value is not compared");
  }

  @Test
  void indexesAreMatchedByNameThenByTarget() {
    LiveFixtures renamed =
        LiveFixtures.empty()
            .table(
                Versions.ItemV2.class,
                t -> t.withoutIndex("items_price_idx").index("legacy_price", "price", null));
    SchemaPlan plan = plan(SchemaAction.UPDATE, renamed, Versions.ItemV2.class);
    assertThat(plan.statements()).isEmpty();
    assertThat(plan.warnings())
        .containsExactly(
            "table shop.items: index items_price_idx (price) exists under the name legacy_price;"
                + " not created again");

    LiveFixtures changed =
        LiveFixtures.empty()
            .table(
                Versions.ItemV2.class,
                t -> t.index("items_price_idx", "price", "org.apache.cassandra.index.sai.StorageAttachedIndex"));
    assertThat(plan(SchemaAction.UPDATE, changed, Versions.ItemV2.class).warnings())
        .containsExactly(
            "table shop.items: index items_price_idx is price StorageAttachedIndex in the database"
                + " but price in " + Versions.ItemV2.class.getName()
                + "; kept as it is (drop the index to have it created again)");
  }

  @Test
  void indexNamesTakenElsewhereAreConflicts() {
    assertThatThrownBy(
            () ->
                plan(SchemaAction.UPDATE, LiveFixtures.empty().table(Versions.Other.class), Versions.Clash.class))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining(
            "table shop.clash: index name shared_idx is already used by table shop.other");
    assertThatThrownBy(
            () -> plan(SchemaAction.CREATE, LiveFixtures.empty(), Versions.Clash.class, Versions.Other.class))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining("index name shared_idx is declared by both");
  }

  @Test
  void userTypesGainFieldsAndKeepExtraOnes() {
    LiveFixtures live =
        LiveFixtures.empty()
            .type(Versions.GeoV1.class, Map.of("note", DataTypes.TEXT))
            .type(Versions.PlaceV1.class, Map.of())
            .table(Versions.VisitV1.class);

    SchemaPlan plan = plan(SchemaAction.UPDATE, live, Versions.VisitV2.class);

    assertThat(plan.statements()).containsExactly("ALTER TYPE shop.geo ADD alt int");
    assertThat(plan.warnings())
        .containsExactly(
            "type shop.geo: field note (text) exists in the database but not in "
                + Versions.GeoV2.class.getName() + "; kept");
  }

  @Test
  void fieldTypeChangeIsRefusedButRecreateRebuildsTypesAndTables() {
    LiveFixtures live =
        LiveFixtures.empty()
            .types(Versions.PlaceV1.class)
            .table(Versions.VisitV1.class);

    assertThatThrownBy(() -> plan(SchemaAction.UPDATE, live, Versions.VisitFloat.class))
        .isInstanceOf(IncompatibleSchemaException.class)
        .hasMessageContaining(
            "type shop.geo, field lat: the type is double in the database but float in "
                + Versions.GeoFloat.class.getName() + ".lat")
        .hasMessageContaining("@UserDefinedType(name = \"geo_v2\")");

    assertThat(plan(SchemaAction.RECREATE, live, Versions.VisitFloat.class).statements())
        .containsExactly(
            "DROP TABLE IF EXISTS shop.visits",
            "DROP TYPE IF EXISTS shop.place",
            "DROP TYPE IF EXISTS shop.geo",
            "CREATE TYPE IF NOT EXISTS shop.geo (lat float,lon double)",
            "CREATE TYPE IF NOT EXISTS shop.place (name text,at frozen<geo>)",
            "CREATE TABLE IF NOT EXISTS shop.visits (id uuid PRIMARY KEY,place place)");
  }

  @Test
  void recreateDropsAndCreatesTablesEvenWhenIncompatible() {
    SchemaPlan plan =
        plan(SchemaAction.RECREATE, LiveFixtures.empty().table(Versions.ItemV1.class), Versions.ItemNewKey.class);

    assertThat(plan.statements())
        .containsExactly(
            "DROP TABLE IF EXISTS shop.items",
            "CREATE TABLE IF NOT EXISTS shop.items (id uuid,rev int,name text,PRIMARY KEY((id,rev)))");
  }

  @Test
  void userTypeComparisonIgnoresTheKeyspaceButNotFrozenness() {
    Map<CqlIdentifier, LiveKeyspace> live = new HashMap<>(LiveFixtures.empty().types(Versions.PlaceV1.class)
        .table(Versions.VisitV1.class, t -> t.column("place", frozenPlace())).snapshot());
    assertThatThrownBy(() -> plan(SchemaAction.UPDATE, live, Versions.VisitV1.class))
        .hasMessageContaining("column place: the type is frozen<place> in the database but place in");
  }

  private static DataType frozenPlace() {
    return new com.datastax.oss.driver.internal.core.type.UserDefinedTypeBuilder(
            LiveFixtures.KS, CqlIdentifier.fromInternal("place"))
        .withField(CqlIdentifier.fromInternal("name"), DataTypes.TEXT)
        .frozen()
        .build();
  }
}
