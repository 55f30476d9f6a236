package io.coodie.scylla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.UserDefinedType;
import io.coodie.test.CassandraTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * coodie-core on ScyllaDB's Java driver (swapped in with Maven exclusions), against the embedded Cassandra node:
 * the driver fork speaks the same protocol, so this proves coodie's use of the driver API links and works with it.
 */
@CassandraTest
class ScyllaDriverIT {

  @UserDefinedType
  record Address(String street, String city) {}

  @Table
  record Order(@PartitionKey String customer, @ClusteringColumn Instant at, Set<String> tags,
      Map<String, Integer> lines, List<Address> shipTo, Integer version) {}

  static EntityOperations<Order> orders;

  @BeforeAll
  static void setUp(CqlSession session) {
    session.execute("CREATE TYPE address (street text, city text)");
    session.execute("CREATE TABLE \"order\" (customer text, at timestamp, tags set<text>, lines map<text, int>,"
        + " ship_to list<frozen<address>>, version int, PRIMARY KEY (customer, at))");
    orders = Coodie.create(session).entity(Order.class);
  }

  @Test
  void theDriverOnTheClasspathIsScyllas() {
    assertThat(CqlSession.class.getProtectionDomain().getCodeSource().getLocation().toString())
        .contains("com/scylladb/java-driver-core");
  }

  @Test
  void writesQueriesTrackingAndLwtWork() {
    Instant at = Instant.parse("2026-11-25T10:00:00Z");
    Order order = new Order("c1", at, Set.of("gift"), Map.of("sku-1", 2), List.of(new Address("1 Main", "Oslo")), 1);
    orders.insert(order);
    assertThat(orders.get("c1", at)).contains(order);
    assertThat(orders.query().where("customer").eq("c1").list()).containsExactly(order);

    Order loaded = orders.get("c1", at).orElseThrow();
    orders.update(loaded, new Order("c1", at, Set.of("gift", "express"), Map.of("sku-1", 2), loaded.shipTo(), 2));
    assertThat(orders.get("c1", at).orElseThrow().tags()).containsExactlyInAnyOrder("gift", "express");

    assertThat(orders.mutateById("c1", at).iff("version", 1).set("version", 3).tryExecute()).isFalse();
    LwtException e = catchThrowableOfType(LwtException.class, () -> orders.ifNotExists().insert(order));
    assertThat(e.existing(Order.class)).map(Order::version).contains(2);
  }
}
