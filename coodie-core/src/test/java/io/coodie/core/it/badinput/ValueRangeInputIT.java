package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.it.StatementLog;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Java values beyond what the CQL type can hold: a CQL timestamp is a long of milliseconds since the epoch, so
 * {@code Instant.MAX} and {@code Instant.MIN} overflow. The write or query fails before anything is sent, naming the
 * entity and the property, not the value.
 */
@CassandraTest
class ValueRangeInputIT {

  @Table
  record Appointment(@PartitionKey String id, @ClusteringColumn Instant at, Instant remindAt) {}

  static final String APPOINTMENT = "io.coodie.core.it.badinput.ValueRangeInputIT$Appointment";
  static StatementLog log;
  static EntityOperations<Appointment> appointments;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    keyspace.session().execute("CREATE TABLE appointment (id text, at timestamp, remind_at timestamp,"
        + " PRIMARY KEY (id, at))");
    log = StatementLog.open(cassandra, keyspace);
    appointments = Coodie.create(log.session).entity(Appointment.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  private static String outOfRange(String what) {
    return what + " holds a value out of the range of CQL timestamp (long overflow; a CQL timestamp is a long of"
        + " milliseconds since the epoch); nothing was sent";
  }

  @Test
  void instantMaxAndMinNameThePropertyAndNothingIsSent() {
    log.clear();
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    assertThatThrownBy(() -> appointments.insert(new Appointment("a", now, Instant.MAX)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(outOfRange("Property " + APPOINTMENT + ".remindAt"))
        .hasCauseInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> appointments.insert(new Appointment("a", Instant.MIN, now)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(outOfRange("Property " + APPOINTMENT + ".at"));
    assertThatThrownBy(() -> appointments.mutateById("a", now).set("remindAt", Instant.MIN).execute())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(outOfRange("Property " + APPOINTMENT + ".remindAt"));
    assertThatThrownBy(() -> appointments.query().where("id").eq("a").where("at").lt(Instant.MAX).list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(outOfRange("Property " + APPOINTMENT + ".at"));
    assertThatThrownBy(() -> appointments.query().where("id").eq("a").where("at").in(List.of(now, Instant.MAX))
        .list())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(outOfRange("IN on " + APPOINTMENT + ".at").replaceFirst("CQL timestamp", "CQL list<timestamp>"));
    assertThat(log.executed()).isEmpty();
    assertThat(appointments.query().where("id").eq("a").list()).isEmpty();
  }
}
