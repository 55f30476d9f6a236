package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.test.CassandraTest;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Single-entity reads and writes, for a plain class and a record. */
@CassandraTest
class EntityOperationsIT {

  static CqlSession session;
  static EntityOperations<Event> events;

  @BeforeAll
  static void schema(CqlSession s) {
    session = s;
    s.execute(Event.DDL);
    events = Coodie.create(s).entity(Event.class);
  }

  @Test
  void insertGetUpdateDelete() {
    Event e = new Event("crud", 1, "created");
    events.insert(e);
    assertThat(events.get("crud", 1)).map(Event::payload).contains("created");
    e.payload("updated");
    events.update(e);
    assertThat(events.get("crud", 1)).map(Event::payload).contains("updated");
    events.delete(e);
    assertThat(events.get("crud", 1)).isEmpty();
  }

  @Test
  void deleteById() {
    events.insert(new Event("byid", 1, "x"));
    events.deleteById("byid", 1);
    assertThat(events.get("byid", 1)).isEmpty();
  }

  @Test
  void updateOfANewEntityLeavesNullPropertiesUntouched() {
    events.insert(new Event("untouched", 1, "kept"));
    events.update(new Event("untouched", 1, null));
    assertThat(events.get("untouched", 1)).map(Event::payload).contains("kept");
  }

  @Test
  void insertLeavesNullPropertiesUnsetSoEarlierValuesSurvive() {
    events.insert(new Event("unset", 1, "kept"));
    events.insert(new Event("unset", 1, null));
    assertThat(events.get("unset", 1)).map(Event::payload).contains("kept");
  }

  @Test
  void updateOfALoadedEntityWithANullPropertyDeletesTheColumn() {
    events.insert(new Event("nulls", 1, "gone soon"));
    Event loaded = events.get("nulls", 1).orElseThrow();
    loaded.payload(null);
    events.update(loaded);
    assertThat(session.execute("SELECT payload FROM events WHERE stream = 'nulls' AND seq = 1").one().isNull(0))
        .isTrue();
  }

  @Test
  void ttlAndTimestampAreSentWithTheWrite() {
    Instant writeTime = Instant.parse("2026-01-02T03:04:05.123456Z");
    events.ttl(Duration.ofSeconds(600)).timestamp(writeTime).insert(new Event("opts", 1, "p"));
    Row row = session.execute("SELECT TTL(payload), WRITETIME(payload) FROM events WHERE stream = 'opts' AND seq = 1")
        .one();
    assertThat(row.getInt(0)).isBetween(590, 600);
    assertThat(row.getLong(1)).isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, writeTime));
  }

  @Test
  void nullOrMissingPrimaryKeyValuesFailBeforeAnythingIsSent() {
    assertThatThrownBy(() -> events.insert(new Event(null, 1, "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("io.coodie.core.it.Event.stream is part of the primary key and must not be null");
    assertThatThrownBy(() -> events.get("only-partition"))
        .hasMessageContaining("primary key of 2 values [stream, seq], but 1 were given");
    assertThatThrownBy(() -> events.get("x", null)).hasMessageContaining("Event.seq");
  }

  @Test
  void wrongValueTypesAreNamed() {
    assertThatThrownBy(() -> events.get("x", "not an int"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("io.coodie.core.it.Event.seq")
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void asyncWritesAndReads() throws Exception {
    events.insertAsync(new Event("async", 1, "a")).toCompletableFuture().get();
    assertThat(events.getAsync("async", 1).toCompletableFuture().get()).map(Event::payload).contains("a");
    events.deleteAsync(new Event("async", 1, null)).toCompletableFuture().get();
    assertThat(events.getAsync("async", 1).toCompletableFuture().get()).isEmpty();
  }

  @Test
  void entitiesFromRowsOfYourOwnCqlAreTracked() {
    events.insert(new Event("raw", 1, "own cql"));
    Event e = events.fromRow(session.execute("SELECT payload, seq, stream, writetime(payload) FROM events"
        + " WHERE stream = 'raw' AND seq = 1").one());
    assertThat(e.payload()).isEqualTo("own cql");
    assertThat(events.valueOf(e, "seq")).isEqualTo(1);
    e.payload("changed");
    events.save(e);
    assertThat(events.get("raw", 1)).map(Event::payload).contains("changed");
  }

  @Test
  void aValueIsNeverConcatenatedIntoCql() {
    String hostile = "x'); DROP TABLE events; --";
    events.insert(new Event(hostile, 1, hostile));
    assertThat(events.get(hostile, 1)).map(Event::payload).contains(hostile);
    assertThat(events.query().where("stream").eq(hostile).cql()).doesNotContain("DROP");
  }
}
