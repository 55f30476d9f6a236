package io.coodie.core.it.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.servererrors.InvalidConfigurationInQueryException;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaException;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Keyspace creation and entity keyspace resolution. */
@CassandraTest
class KeyspaceIT {

  @Table(name = "ledger", keyspace = "schema_nts_it")
  record Ledger(@PartitionKey String id, long amount) {}

  @Table(name = "ledger", keyspace = "schema_missing_it")
  record Lost(@PartitionKey String id) {}

  private static Row keyspace(CqlSession session, String name) {
    return session
        .execute("SELECT * FROM system_schema.keyspaces WHERE keyspace_name = ?", name)
        .one();
  }

  @Test
  void networkTopologyKeyspaceHoldsEntitiesAndDropsTwice(CqlSession session) {
    SchemaManager schema = SchemaManager.create(session);
    schema.createKeyspace("schema_nts_it", Replication.networkTopology(Map.of("datacenter1", 1)));
    try {
      Row row = keyspace(session, "schema_nts_it");
      assertThat(row.getMap("replication", String.class, String.class))
          .containsExactlyInAnyOrderEntriesOf(
              Map.of(
                  "class", "org.apache.cassandra.locator.NetworkTopologyStrategy",
                  "datacenter1", "1"));
      assertThat(row.getBoolean("durable_writes")).isTrue();

      schema.createKeyspace("schema_nts_it", Replication.simple(3)); // exists: left as it is
      assertThat(keyspace(session, "schema_nts_it").getMap("replication", String.class, String.class))
          .containsEntry("datacenter1", "1");

      schema.sync(SchemaAction.UPDATE, Ledger.class);
      assertThat(session.execute("SELECT * FROM schema_nts_it.ledger").all()).isEmpty();
    } finally {
      schema.dropKeyspace("schema_nts_it");
      schema.dropKeyspace("schema_nts_it");
    }
    assertThat(keyspace(session, "schema_nts_it")).isNull();
  }

  @Test
  void simpleStrategyWithoutDurableWrites(CqlSession session) {
    SchemaManager schema = SchemaManager.create(session);
    schema.createKeyspace(
        com.datastax.oss.driver.api.core.CqlIdentifier.fromInternal("Schema_Simple_IT"),
        Replication.simple(1),
        false);
    try {
      Row row = keyspace(session, "Schema_Simple_IT");
      assertThat(row.getMap("replication", String.class, String.class))
          .containsEntry("class", "org.apache.cassandra.locator.SimpleStrategy")
          .containsEntry("replication_factor", "1");
      assertThat(row.getBoolean("durable_writes")).isFalse();
    } finally {
      schema.dropKeyspace("Schema_Simple_IT");
    }
  }

  /**
   * Datacenter names crafted to end their literal are one (unknown) name: the server refuses the
   * datacenter, the CQL parses, and no keyspace with another replication is created.
   */
  @Test
  void datacenterNamesCannotAddReplicationOptions(CqlSession session) {
    SchemaManager schema = SchemaManager.create(session);
    try {
      assertThatThrownBy(
              () ->
                  schema.createKeyspace(
                      "schema_injected_it",
                      Replication.networkTopology(
                          Map.of("datacenter1': '2', 'replication_factor", 1))))
          .isInstanceOf(SchemaException.class)
          .hasCauseInstanceOf(InvalidConfigurationInQueryException.class)
          .hasMessageContaining("datacenter1'': ''2'', ''replication_factor");
      assertThat(keyspace(session, "schema_injected_it")).isNull();
      assertThatThrownBy(
              () ->
                  schema.createKeyspace(
                      "schema_injected_it", Replication.networkTopology(Map.of("data'center", 1))))
          .isInstanceOf(SchemaException.class)
          .hasCauseInstanceOf(InvalidConfigurationInQueryException.class)
          .hasMessageContaining("'data''center':1");
      assertThat(keyspace(session, "schema_injected_it")).isNull();
    } finally {
      schema.dropKeyspace("schema_injected_it");
    }
  }

  @Test
  void aMissingKeyspaceIsNamed(CqlSession session) {
    assertThatThrownBy(() -> SchemaManager.create(session).sync(SchemaAction.UPDATE, Lost.class))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining("keyspace schema_missing_it does not exist; create it first");
  }

  @Test
  void anEntityWithoutAnyKeyspaceIsNamed(TestCassandra cassandra) {
    try (CqlSession unbound = cassandra.sessionBuilder().build()) {
      assertThatThrownBy(
              () -> SchemaManager.create(unbound).sync(SchemaAction.UPDATE, Models.ProductV1.class))
          .isInstanceOf(SchemaException.class)
          .hasMessageContaining(Models.ProductV1.class.getName() + " has no keyspace");
    }
  }
}
