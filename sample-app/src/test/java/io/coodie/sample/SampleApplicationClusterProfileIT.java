package io.coodie.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.migrations.MigrationState;
import io.coodie.spring.boot.autoconfigure.migrations.CoodieMigrationsRunner;
import io.coodie.sample.Api.Response;
import io.coodie.test.SharedCassandra;
import io.coodie.test.TestCassandra;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The sample with its {@code cluster} profile, configured as in production through the environment variables the
 * profile reads (here as properties pointing at coodie-test's embedded node): the keyspace exists beforehand (made by
 * operations, as on a cluster), {@code db/cassandra/V1__shop.cql} is applied at start-up and recorded in {@code
 * coodie_schema_history}, {@code coodie.schema.action=validate} accepts the migrated schema, and the app serves
 * requests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("cluster")
class SampleApplicationClusterProfileIT {

  static final String KEYSPACE = "sample_cluster_it";

  @BeforeAll
  static void keyspaceMadeByOperations() {
    try (CqlSession admin = SharedCassandra.get().sessionBuilder().build()) {
      admin.execute("DROP KEYSPACE IF EXISTS " + KEYSPACE);
      SchemaManager.create(admin).createKeyspace(KEYSPACE, Replication.simple(1));
    }
  }

  @DynamicPropertySource
  static void clusterEnvironment(DynamicPropertyRegistry registry) {
    TestCassandra cassandra = SharedCassandra.get();
    registry.add("CASSANDRA_CONTACT_POINTS", () -> cassandra.contactPoints().stream()
        .map((a) -> a.getHostString() + ":" + a.getPort()).collect(Collectors.joining(",")));
    registry.add("CASSANDRA_LOCAL_DATACENTER", cassandra::localDatacenter);
    registry.add("CASSANDRA_KEYSPACE", () -> KEYSPACE);
    // one node: LOCAL_QUORUM is that node; the embedded node's DDL is slow on a shared machine
    registry.add("spring.cassandra.request.timeout", () -> "30s");
  }

  @LocalServerPort
  int port;

  @Autowired
  CqlSession session;

  @Autowired
  CoodieMigrationsRunner migrations;

  @Test
  void migratesAtStartUpValidatesAndServes() {
    List<Row> history = this.session.execute("SELECT version, description, type, script, success FROM " + KEYSPACE
        + ".coodie_schema_history").all();
    assertThat(history).hasSize(1);
    Row v1 = history.get(0);
    assertThat(v1.getString("version")).isEqualTo("1");
    assertThat(v1.getString("description")).isEqualTo("shop");
    assertThat(v1.getString("type")).isEqualTo("CQL");
    assertThat(v1.getString("script")).endsWith("V1__shop.cql");
    assertThat(v1.getBool("success")).isTrue();
    assertThat(this.migrations.applied()).extracting((a) -> a.version().toString()).containsExactly("1");
    assertThat(this.migrations.info()).singleElement()
        .satisfies((info) -> assertThat(info.state()).isEqualTo(MigrationState.APPLIED));
    assertThat(this.session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?", KEYSPACE)
        .all().stream().map((r) -> r.getString(0)).toList()).contains("products", "reservations", "product_views",
        "users", "orders", "coodie_schema_history", "coodie_schema_history_lease");

    Api api = new Api(this.port);
    Response created = api.post("/api/users", """
        {"username": "ops", "email": "ops@example.com", "displayName": "Cluster Ops"}""");
    assertThat(created.status()).isEqualTo(201);
    assertThat(api.get("/api/users/ops").json().get("displayName").asString()).isEqualTo("Cluster Ops");
  }
}
