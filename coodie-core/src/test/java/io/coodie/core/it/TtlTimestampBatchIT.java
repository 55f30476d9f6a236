package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop.Customer;
import io.coodie.core.it.Shop.Session;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** TTL, USING TIMESTAMP and batches (sections 1.6 and 1.9 of the plan). */
@CassandraTest
class TtlTimestampBatchIT {

  static StatementLog log;
  static Coodie coodie;
  static EntityOperations<Customer> customers;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    coodie = Coodie.create(log.session);
    customers = coodie.entity(Customer.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @BeforeEach
  void clear() {
    log.clear();
  }

  private static Row meta(String id) {
    return log.session.execute("SELECT TTL(name), WRITETIME(name) FROM customer WHERE id = ?", id).one();
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  @Test
  void aRowWrittenWithATtlExpires() throws InterruptedException {
    customers.ttl(1).insert(new Customer("short", "n", null, null));
    assertThat(customers.get("short")).isPresent();
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (customers.get("short").isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(customers.get("short")).isEmpty();
  }

  @Test
  void ttlOnInsertUpdateAndMutate() {
    customers.ttl(Duration.ofMinutes(10)).insert(new Customer("t1", "n", null, null));
    assertThat(meta("t1").getInt(0)).isBetween(590, 600);
    customers.ttl(100).update(new Customer("t1", "m", null, null));
    assertThat(meta("t1").getInt(0)).isBetween(90, 100);
    customers.mutateById("t1").ttl(50).set("name", "o").execute();
    assertThat(meta("t1").getInt(0)).isBetween(40, 50);
  }

  @Test
  void aNullTtlMeansNoTtlAndZeroMeansNoExpiry() {
    customers.ttl(600).ttl((Duration) null).insert(new Customer("n1", "n", null, null));
    customers.insert(new Customer("n2", "n", null, null));
    customers.mutateById("n2").ttl(600).ttl((Duration) null).set("name", "m").execute();
    assertThat(log.executed()).containsExactly("INSERT INTO customer (id,name,email,points) VALUES (?,?,?,?)",
        "INSERT INTO customer (id,name,email,points) VALUES (?,?,?,?)", "UPDATE customer SET name=? WHERE id=?");
    assertThat(meta("n1").isNull(0)).isTrue();
    assertThat(meta("n2").isNull(0)).isTrue();
    assertThat(customers.get("n2").orElseThrow().name()).isEqualTo("m");

    // On a table with a default TTL, null leaves the default and Duration.ZERO (USING TTL 0) never expires.
    EntityOperations<Session> sessions = coodie.entity(Session.class);
    sessions.ttl((Duration) null).insert(new Session("default", "u"));
    sessions.ttl(Duration.ZERO).insert(new Session("forever", "u"));
    int ttl = log.session.execute("SELECT TTL(user) FROM session WHERE \"token\" = 'default'").one().getInt(0);
    assertThat(ttl).isBetween(990, 1000);
    assertThat(log.session.execute("SELECT TTL(user) FROM session WHERE \"token\" = 'forever'").one().isNull(0))
        .isTrue();
  }

  @Test
  void theTableDefaultTtlIsNeverSentAsAnExplicitTtl() {
    EntityOperations<Session> sessions = coodie.entity(Session.class);
    sessions.insert(new Session("tok", "u"));
    assertThat(log.executed()).containsExactly("INSERT INTO session (\"token\",user) VALUES (?,?)");
    int ttl = log.session.execute("SELECT TTL(user) FROM session WHERE \"token\" = 'tok'").one().getInt(0);
    assertThat(ttl).isBetween(990, 1000);
  }

  @Test
  void anOlderTimestampDoesNotOverwriteANewerWrite() {
    Instant now = Instant.now();
    customers.timestamp(now).insert(new Customer("ts", "newer", null, null));
    customers.timestamp(now.minusSeconds(60)).insert(new Customer("ts", "older", null, null));
    assertThat(customers.get("ts").orElseThrow().name()).isEqualTo("newer");
    assertThat(meta("ts").getLong(1)).isEqualTo(micros(now));
    customers.timestamp(now.minusSeconds(30)).deleteById("ts");
    assertThat(customers.get("ts")).isPresent();
    customers.mutateById("ts").timestamp(now.plusSeconds(1)).set("name", "newest").execute();
    assertThat(customers.get("ts").orElseThrow().name()).isEqualTo("newest");
  }

  @Test
  void batchesOfEveryKindWithTimestampAndTtl() {
    Instant at = Instant.parse("2026-06-01T00:00:00Z");
    coodie.batch().insert(new Customer("b1", "one", null, null)).insert(customers.ttl(300), new Customer("b2", "two",
        null, null)).timestamp(at).execute();
    assertThat(log.executed()).singleElement().asString().startsWith("BATCH LOGGED");
    assertThat(meta("b1").getLong(1)).isEqualTo(micros(at));
    assertThat(meta("b2").getLong(1)).isEqualTo(micros(at));
    assertThat(meta("b2").getInt(0)).isBetween(290, 300);

    coodie.batch(DefaultBatchType.UNLOGGED).insert(new Customer("b3", "three", null, null))
        .delete(new Customer("b1", null, null, null)).execute();
    assertThat(customers.get("b3")).isPresent();
    assertThat(customers.get("b1")).isEmpty();
  }

  @Test
  void anEmptyBatchExecutesNothing() {
    coodie.batch().execute();
    coodie.batch(DefaultBatchType.UNLOGGED).execute();
    Customer loaded;
    customers.insert(new Customer("e", "x", null, null));
    loaded = customers.get("e").orElseThrow();
    log.clear();
    coodie.batch().save(loaded).execute();
    assertThat(log.executed()).isEmpty();
  }
}
