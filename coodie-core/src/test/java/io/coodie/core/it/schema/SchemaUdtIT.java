package io.coodie.core.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.it.schema.Models.Geo;
import io.coodie.core.it.schema.Models.GeoV2;
import io.coodie.core.it.schema.Models.Place;
import io.coodie.core.it.schema.Models.PlaceV2;
import io.coodie.core.it.schema.Models.Trip;
import io.coodie.core.it.schema.Models.TripText;
import io.coodie.core.it.schema.Models.TripV2;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nested user types: creation order, new fields, refused type changes. */
@CassandraTest
class SchemaUdtIT {

  @Test
  void nestedTypesAreCreatedInnerFirstAndGainFields(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "udt")) {
      assertThat(box.schema.sync(SchemaAction.UPDATE, Trip.class).statements())
          .containsExactly(
              "CREATE TYPE IF NOT EXISTS " + box.keyspace + ".geo (lat double,lon double)",
              "CREATE TYPE IF NOT EXISTS " + box.keyspace
                  + ".place (name text,at frozen<geo>,route frozen<list<frozen<geo>>>)",
              "CREATE TABLE IF NOT EXISTS " + box.keyspace + ".trips (id text PRIMARY KEY,place place)");
      Place place = new Place("home", new Geo(1, 2), List.of(new Geo(3, 4)));
      Coodie.create(box.session).entity(Trip.class).insert(new Trip("t1", place));
      box.recorder.clear();

      assertThat(box.schema.sync(SchemaAction.UPDATE, TripV2.class).statements())
          .containsExactly("ALTER TYPE " + box.keyspace + ".geo ADD alt int");

      assertThat(box.recorder.ddl()).containsExactly("ALTER TYPE " + box.keyspace + ".geo ADD alt int");
      assertThat(SystemSchema.typeFields(box.session, "geo"))
          .containsExactly("lat double", "lon double", "alt int");
      assertThat(Coodie.create(box.session).entity(TripV2.class).get("t1"))
          .contains(
              new TripV2(
                  "t1",
                  new PlaceV2("home", new GeoV2(1, 2, null), List.of(new GeoV2(3, 4, null)))));
      assertThat(box.schema.plan(SchemaAction.UPDATE, TripV2.class).statements()).isEmpty();
    }
  }

  @Test
  void aChangedFieldTypeIsRefusedUnlessRecreated(TestCassandra cassandra, CqlSession admin) {
    try (Sandbox box = Sandbox.open(cassandra, admin, "udt_type")) {
      box.schema.sync(SchemaAction.UPDATE, Trip.class);
      box.recorder.clear();

      assertThatThrownBy(() -> box.schema.sync(SchemaAction.UPDATE, TripText.class))
          .isInstanceOf(IncompatibleSchemaException.class)
          .hasMessageContaining(
              "type " + box.keyspace + ".geo, field lat: the type is double in the database but"
                  + " text in " + Models.GeoText.class.getName() + ".lat");
      assertThat(box.recorder.ddl()).isEmpty();

      assertThat(box.schema.sync(SchemaAction.RECREATE, TripText.class).statements())
          .containsExactly(
              "DROP TABLE IF EXISTS " + box.keyspace + ".trips",
              "DROP TYPE IF EXISTS " + box.keyspace + ".place",
              "DROP TYPE IF EXISTS " + box.keyspace + ".geo",
              "CREATE TYPE IF NOT EXISTS " + box.keyspace + ".geo (lat text,lon double)",
              "CREATE TYPE IF NOT EXISTS " + box.keyspace
                  + ".place (name text,at frozen<geo>,route frozen<list<frozen<geo>>>)",
              "CREATE TABLE IF NOT EXISTS " + box.keyspace + ".trips (id text PRIMARY KEY,place place)");
      assertThat(SystemSchema.typeFields(box.session, "geo")).containsExactly("lat text", "lon double");
    }
  }
}
