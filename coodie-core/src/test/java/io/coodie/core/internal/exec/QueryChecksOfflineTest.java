package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.QueryValidationException;
import io.coodie.core.fixtures.SensorReading;
import io.coodie.test.support.RecordingSession;
import org.junit.jupiter.api.Test;

/** A query refused by the client-side checks is refused before anything is prepared or sent, and by cql() too. */
class QueryChecksOfflineTest {

  private final RecordingSession recording = RecordingSession.offline();
  private final EntityOperations<SensorReading> readings =
      Coodie.create(recording.session()).entity(SensorReading.class);

  @Test
  void anInvalidShapeIsRefusedBeforeItIsPrepared() {
    assertThatThrownBy(() -> readings.query().where("value").gt(1.0).list())
        .isInstanceOf(QueryValidationException.class).hasMessageContaining("needs an index or allowFiltering()");
    assertThatThrownBy(() -> readings.query().where("value").gt(1.0).count())
        .isInstanceOf(QueryValidationException.class);
    assertThat(recording.prepared()).isEmpty();
    assertThat(recording.executed()).isEmpty();
  }

  @Test
  void anInvalidShapeIsRefusedByCqlToo() {
    assertThatThrownBy(() -> readings.query().where("value").gt(1.0).cql())
        .isInstanceOf(QueryValidationException.class);
    assertThat(readings.query().where("value").gt(1.0).allowFiltering().cql())
        .isEqualTo("SELECT sensor_id,day,read_at,event_id,value,sensor_label FROM sensor_reading WHERE value>?"
            + " ALLOW FILTERING");
  }

  @Test
  void notEqualNeedsFilteringWhateverIsRead() {
    assertThatThrownBy(() -> readings.query().where("sensorId").eq("s").where("day").eq(java.time.LocalDate.EPOCH)
        .where("value").ne(1.0).list()).isInstanceOf(QueryValidationException.class)
        .hasMessageContaining("ne() on " + SensorReading.class.getName() + ".value needs allowFiltering()");
    assertThatThrownBy(() -> readings.query().where("sensorId").eq("s").where("day").eq(java.time.LocalDate.EPOCH)
        .where("value").ne(1.0).count()).isInstanceOf(QueryValidationException.class);
    assertThat(recording.prepared()).isEmpty();
  }
}
