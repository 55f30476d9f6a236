package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.fixtures.SensorReading;
import io.coodie.test.support.OfflineSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The UPDATE actually sent (after {@code DefaultUpdate.sent()}), offline: an update of static columns only names its
 * partition, so clustering restrictions given to it are dropped; any other update keeps the whole primary key.
 */
class StaticOnlyUpdateTest {

  private final EntityOperations<SensorReading> readings =
      Coodie.create(OfflineSession.create()).entity(SensorReading.class);

  private static final LocalDate DAY = LocalDate.of(2024, 1, 2);
  private static final Instant AT = Instant.parse("2024-01-02T03:04:05Z");
  private static final UUID EVENT = UUID.fromString("00000000-0000-1000-8000-000000000000");

  @Test
  void aStaticOnlyUpdateByFullKeyRestrictsThePartitionOnly() {
    assertThat(readings.mutateById("s1", DAY, AT, EVENT).set("sensorLabel", "north").cql())
        .isEqualTo("UPDATE sensor_reading SET sensor_label=? WHERE sensor_id=? AND day=?");
  }

  @Test
  void aStaticOnlyUpdateFromAQueryDropsItsClusteringRelations() {
    assertThat(readings.query().where("sensorId").eq("s1").where("day").eq(DAY).where("readAt").eq(AT)
        .where("eventId").eq(EVENT).update().set("sensorLabel", "north").cql())
        .isEqualTo("UPDATE sensor_reading SET sensor_label=? WHERE sensor_id=? AND day=?");
    assertThat(readings.query().where("sensorId").eq("s1").where("day").eq(DAY).update()
        .set("sensorLabel", "north").cql())
        .isEqualTo("UPDATE sensor_reading SET sensor_label=? WHERE sensor_id=? AND day=?");
  }

  @Test
  void anUpdateOfARegularColumnKeepsTheWholePrimaryKey() {
    assertThat(readings.mutateById("s1", DAY, AT, EVENT).set("value", 1.5).cql())
        .isEqualTo("UPDATE sensor_reading SET value=? WHERE sensor_id=? AND day=? AND read_at=? AND event_id=?");
    assertThat(readings.mutateById("s1", DAY, AT, EVENT).set("value", 1.5).set("sensorLabel", "n").cql())
        .isEqualTo("UPDATE sensor_reading SET value=?, sensor_label=? WHERE sensor_id=? AND day=? AND read_at=?"
            + " AND event_id=?");
  }

  @Test
  void aStaticOnlyUpdateNeedsThePartitionKeyAndARegularOneTheWholeKey() {
    assertThatThrownBy(() -> readings.query().where("sensorId").eq("s1").update().set("sensorLabel", "n").cql())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must restrict day with eq or in")
        .hasMessageContaining("by the partition key [sensorId, day]");
    assertThatThrownBy(() -> readings.query().where("sensorId").eq("s1").where("day").eq(DAY).update()
        .set("value", 1.0).cql()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must restrict readAt with eq or in").hasMessageContaining("whole primary key");
  }
}
