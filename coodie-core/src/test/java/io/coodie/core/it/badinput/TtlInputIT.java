package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop;
import io.coodie.core.it.Shop.Customer;
import io.coodie.core.it.StatementLog;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TTLs Cassandra cannot take as given: a fraction of a second (never rounded, since 500 ms would become TTL 0,
 * <em>never expires</em>), a negative TTL, or one over 20 years. Refused when the option is set, naming the entity;
 * nothing is sent.
 */
@CassandraTest
class TtlInputIT {

  static final String CUSTOMER = "io.coodie.core.it.Shop$Customer";
  static StatementLog log;
  static EntityOperations<Customer> customers;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    customers = Coodie.create(log.session).entity(Customer.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @Test
  void fractionalNegativeAndTooLongTtlsAreRefusedOnEveryEntryPoint() {
    log.clear();
    String whole = "The ttl of " + CUSTOMER + " must be a whole number of seconds (Cassandra TTLs are in seconds and"
        + " coodie does not round them), was ";
    assertThatThrownBy(() -> customers.ttl(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(whole + "PT0.5S, under a second");
    assertThatThrownBy(() -> customers.ttl(Duration.ofMillis(1999)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(whole + "PT1.999S");
    assertThatThrownBy(() -> customers.mutateById("c").ttl(Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(whole + "PT0.5S, under a second");
    assertThatThrownBy(() -> customers.query().where("id").eq("c").update().ttl(Duration.ofNanos(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(whole + "PT0.000000001S, under a second");

    assertThatThrownBy(() -> customers.ttl(Duration.ofSeconds(-1)))
        .hasMessage("The ttl of " + CUSTOMER + " must be Duration.ZERO (no expiry) or positive, was PT-1S");
    assertThatThrownBy(() -> customers.mutateById("c").ttl(-1))
        .hasMessage("The ttl of " + CUSTOMER + " must be zero (no expiry) or positive, was -1");

    String max = "The ttl of " + CUSTOMER + " must be at most 630720000 seconds (20 years, Cassandra's maximum), was ";
    assertThatThrownBy(() -> customers.ttl(Duration.ofSeconds(630_720_001)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(max + "PT175200H1S");
    assertThatThrownBy(() -> customers.ttl(630_720_001)).hasMessage(max + "630720001 seconds");
    assertThatThrownBy(() -> customers.mutateById("c").ttl(Duration.ofDays(365L * 1_000_000_000)))
        .hasMessageStartingWith(max);
    assertThat(log.executed()).isEmpty();

    // Whole seconds are sent as they are. (A TTL up to 20 years passes coodie, but Cassandra 5.0 in its default
    // storage compatibility mode refuses an expiry after 2038-01-19 itself: CASSANDRA-14092.)
    customers.ttl(Duration.ofDays(365)).insert(new Customer("max", "n", null, null));
    customers.mutateById("max").ttl(Duration.ofSeconds(1)).set("email", "e").execute();
    assertThat(log.executed()).containsExactly(
        "INSERT INTO customer (id,name,email,points) VALUES (?,?,?,?) USING TTL ?",
        "UPDATE customer USING TTL ? SET email=? WHERE id=?");
    int year = 365 * 24 * 3600;
    assertThat(log.session.execute("SELECT TTL(name) FROM customer WHERE id = 'max'").one().getInt(0))
        .isBetween(year - 60, year);
  }
}
