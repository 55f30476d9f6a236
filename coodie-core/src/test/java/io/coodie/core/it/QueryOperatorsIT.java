package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.servererrors.UnavailableException;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.QueryValidationException;
import io.coodie.core.api.query.Order;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every query operator of section 1.4 of the plan, against a real node. */
@CassandraTest
class QueryOperatorsIT {

  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  static EntityOperations<Reading> readings;

  @BeforeAll
  static void load(CqlSession session) {
    for (String ddl : Reading.DDL) {
      session.execute(ddl);
    }
    readings = Coodie.create(session).entity(Reading.class);
    for (String sensor : List.of("s1", "s2", "s3")) {
      for (int i = 0; i < 10; i++) {
        readings.insert(new Reading(sensor, at(i), (double) i, Set.of(i % 2 == 0 ? "even" : "odd", "all"),
            Map.of("k" + (i % 3), "v" + i), "reading-" + sensor + "-" + i, "C"));
      }
    }
  }

  static Instant at(int minute) {
    return T0.plus(minute, ChronoUnit.MINUTES);
  }

  private static List<Double> values(List<Reading> rows) {
    return rows.stream().map(Reading::value).toList();
  }

  @Test
  void gteAndLteOnADatetimeClusteringColumn() {
    List<Reading> rows = readings.query().where("sensor").eq("s1")
        .where("at").gte(at(3)).where("at").lte(at(6)).list();
    assertThat(values(rows)).containsExactly(6.0, 5.0, 4.0, 3.0);
  }

  @Test
  void gtAndLt() {
    List<Reading> rows = readings.query().where("sensor").eq("s1")
        .where("at").gt(at(3)).where("at").lt(at(6)).list();
    assertThat(values(rows)).containsExactly(5.0, 4.0);
  }

  @Test
  void rangeOnAnSaiIndexedRegularColumn() {
    assertThat(readings.query().where("value").gte(8.0).list()).hasSize(6)
        .allMatch(r -> r.value() >= 8.0);
  }

  @Test
  void inOnThePartitionKey() {
    List<Reading> rows = readings.query().where("sensor").in("s1", "s3").list();
    assertThat(rows).hasSize(20).extracting(Reading::sensor).containsOnly("s1", "s3");
  }

  @Test
  void inOnAClusteringColumn() {
    assertThat(values(readings.query().where("sensor").eq("s2").where("at").in(List.of(at(1), at(7))).list()))
        .containsExactlyInAnyOrder(1.0, 7.0);
  }

  @Test
  void containsOnAnIndexedSet() {
    List<Reading> rows = readings.query().where("tags").contains("even").list();
    assertThat(rows).hasSize(15).allMatch(r -> r.tags().contains("even"));
  }

  @Test
  void containsKeyAndEntryOnAnIndexedMap() {
    assertThat(readings.query().where("attrs").containsKey("k0").list()).hasSize(12)
        .allMatch(r -> r.attrs().containsKey("k0"));
    assertThat(readings.query().where("attrs").hasEntry("k1", "v4").list()).hasSize(3)
        .allMatch(r -> "v4".equals(r.attrs().get("k1")));
  }

  @Test
  void neIsEvaluatedByCoodieAndNeedsAllowFiltering() {
    assertThatThrownBy(() -> readings.query().where("sensor").eq("s1").where("unit").ne("C").list())
        .isInstanceOf(QueryValidationException.class).hasMessageContaining("ne() on io.coodie.core.it.Reading.unit");
    assertThat(readings.query().where("sensor").eq("s1").where("value").ne(3.0).allowFiltering().list())
        .hasSize(9).noneMatch(r -> r.value() == 3.0);
    assertThat(readings.query().where("sensor").eq("s1").where("value").ne(3.0).allowFiltering().limit(4).count())
        .isEqualTo(4);
    List<Reading> rows = readings.query().where("sensor").eq("s1").where("unit").ne("C").allowFiltering().list();
    assertThat(rows).isEmpty();
    assertThat(readings.query().where("sensor").eq("s1").where("unit").ne("F").allowFiltering().list()).hasSize(10);
  }

  @Test
  void likeOnASasiIndex() {
    List<Reading> rows = readings.query().where("label").like("%s2-%").list();
    assertThat(rows).hasSize(10).allMatch(r -> r.sensor().equals("s2"));
    assertThat(readings.query().where("label").like("reading-s3-9").list()).hasSize(1);
  }

  @Test
  void distinctPartitions() {
    List<Reading> partitions = readings.query().distinct().list();
    assertThat(partitions).extracting(Reading::sensor).containsExactlyInAnyOrder("s1", "s2", "s3");
    assertThat(partitions).allMatch(r -> r.at() == null && r.value() == null);
  }

  @Test
  void countOfDistinctCountsPartitionsNotRows(TestCassandra cassandra, TestKeyspace keyspace) throws Exception {
    try (StatementLog log = StatementLog.open(cassandra, keyspace)) {
      EntityOperations<Reading> logged = Coodie.create(log.session).entity(Reading.class);
      assertThat(logged.query().count()).isEqualTo(30);
      log.clear();
      // 3 partitions of 10 rows; one row per page proves that every page is counted.
      assertThat(logged.query().distinct().count()).isEqualTo(3);
      assertThat(logged.query().distinct().pageSize(1).count()).isEqualTo(3);
      assertThat(logged.query().distinct().pageSize(1).countAsync().toCompletableFuture().get()).isEqualTo(3);
      assertThat(log.executed()).containsOnly("SELECT DISTINCT sensor FROM reading").hasSize(3);
      log.clear();
      assertThat(logged.query().distinct().limit(2).count()).isEqualTo(2);
      assertThat(logged.query().distinct().where("sensor").in("s1", "s3", "nope").count()).isEqualTo(2);
      assertThat(log.executed()).containsExactly("SELECT DISTINCT sensor FROM reading LIMIT ?",
          "SELECT DISTINCT sensor FROM reading WHERE sensor IN ?");
    }
  }

  @Test
  void onlySelectsTheGivenPropertiesAndTheKey() {
    Reading r = readings.query().where("sensor").eq("s1").where("at").eq(at(2)).only("value").one().orElseThrow();
    assertThat(r.sensor()).isEqualTo("s1");
    assertThat(r.at()).isEqualTo(at(2));
    assertThat(r.value()).isEqualTo(2.0);
    assertThat(r.label()).isNull();
    assertThat(r.tags()).isEmpty();
  }

  @Test
  void deferSelectsEverythingButTheGivenProperties() {
    Reading r = readings.query().where("sensor").eq("s1").where("at").eq(at(2)).defer("label", "tags").first()
        .orElseThrow();
    assertThat(r.value()).isEqualTo(2.0);
    assertThat(r.unit()).isEqualTo("C");
    assertThat(r.label()).isNull();
    assertThat(r.tags()).isEmpty();
    assertThatThrownBy(() -> readings.query().defer("sensor"))
        .hasMessageContaining("Cannot defer io.coodie.core.it.Reading.sensor");
  }

  @Test
  void tokenRangesCoverTheTableExactlyOnce(CqlSession session) {
    List<Long> tokens = new java.util.ArrayList<>();
    session.execute("SELECT DISTINCT token(sensor) FROM reading").forEach(row -> tokens.add(row.getLong(0)));
    java.util.Collections.sort(tokens);
    assertThat(tokens).hasSize(3);
    long split = tokens.get(0);
    List<Reading> low = readings.query().whereToken().lte(split).list();
    List<Reading> high = readings.query().whereToken().gt(split).list();
    assertThat(low).hasSize(10);
    assertThat(high).hasSize(20);
    Set<String> lowSensors = low.stream().map(Reading::sensor).collect(Collectors.toSet());
    Set<String> highSensors = high.stream().map(Reading::sensor).collect(Collectors.toSet());
    assertThat(lowSensors).hasSize(1).doesNotContainAnyElementsOf(highSensors);
    Set<String> all = new HashSet<>(lowSensors);
    all.addAll(highSensors);
    assertThat(all).containsExactlyInAnyOrder("s1", "s2", "s3");
    assertThat(readings.query().whereToken().gt(split).whereToken().lte(tokens.get(1)).list()).hasSize(10);
  }

  @Test
  void tokenOfPartitionKeyValues() {
    List<Reading> atOrAfterS2 = readings.query().whereToken().gteTokenOf("s2").list();
    List<Reading> beforeS2 = readings.query().whereToken().ltTokenOf("s2").list();
    assertThat(atOrAfterS2).extracting(Reading::sensor).contains("s2");
    assertThat(beforeS2).extracting(Reading::sensor).doesNotContain("s2");
    assertThat(atOrAfterS2.size() + beforeS2.size()).isEqualTo(30);
  }

  @Test
  void orderByLimitAndPerPartitionLimit() {
    assertThat(values(readings.query().where("sensor").eq("s3").orderBy("at", Order.ASC).limit(3).list()))
        .containsExactly(0.0, 1.0, 2.0);
    assertThat(readings.query().perPartitionLimit(2).list()).hasSize(6);
  }

  @Test
  void countExistsFirstAndOne() {
    assertThat(readings.query().where("sensor").eq("s1").count()).isEqualTo(10);
    assertThat(readings.query().where("sensor").eq("nope").exists()).isFalse();
    assertThat(readings.query().where("sensor").eq("s1").exists()).isTrue();
    assertThat(readings.query().where("sensor").eq("s1").first()).map(Reading::value).contains(9.0);
    assertThatThrownBy(() -> readings.query().where("sensor").eq("s1").one())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Expected at most one");
  }

  @Test
  void filteringWithoutAnIndexNeedsAllowFiltering() {
    assertThatThrownBy(() -> readings.query().where("unit").eq("C").list())
        .isInstanceOf(QueryValidationException.class)
        .hasMessageContaining("io.coodie.core.it.Reading.unit")
        .hasMessageContaining("allowFiltering()");
    assertThat(readings.query().where("unit").eq("C").allowFiltering().count()).isEqualTo(30);
  }

  @Test
  void severalLegacyIndexesNeedAllowFiltering() {
    assertThatThrownBy(() -> readings.query().where("tags").contains("even").where("attrs").containsKey("k0").list())
        .isInstanceOf(QueryValidationException.class)
        .hasMessageContaining("Restricting several indexed columns of io.coodie.core.it.Reading [tags, attrs]");
    assertThat(readings.query().where("tags").contains("even").where("attrs").containsKey("k0").allowFiltering()
        .list()).isNotEmpty().allMatch(r -> r.tags().contains("even") && r.attrs().containsKey("k0"));
  }

  @Test
  void orderingByANonClusteringColumnIsRefused() {
    assertThatThrownBy(() -> readings.query().where("sensor").eq("s1").orderBy("value", Order.ASC).list())
        .isInstanceOf(QueryValidationException.class)
        .hasMessageContaining("Cannot order io.coodie.core.it.Reading by value");
  }

  @Test
  void unknownPropertiesAreNamed() {
    assertThatThrownBy(() -> readings.query().where("temperature"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("temperature")
        .hasMessageContaining("io.coodie.core.it.Reading");
  }

  @Test
  void perQueryConsistencyIsSentToTheServer() {
    // One replica cannot satisfy THREE: the server's refusal proves the level was sent.
    assertThatThrownBy(() -> readings.query().where("sensor").eq("s1").consistency(ConsistencyLevel.THREE).list())
        .hasMessageContaining(UnavailableException.class.getName())
        .hasMessageContaining("at consistency THREE");
    assertThat(readings.query().where("sensor").eq("s1").consistency(ConsistencyLevel.ONE).count()).isEqualTo(10);
  }

  @Test
  void asyncVariants() throws Exception {
    assertThat(readings.query().where("sensor").eq("s2").listAsync().toCompletableFuture().get()).hasSize(10);
    assertThat(readings.query().where("sensor").eq("s2").countAsync().toCompletableFuture().get()).isEqualTo(10);
    assertThat(readings.query().where("sensor").eq("s2").firstAsync().toCompletableFuture().get())
        .map(Reading::value).contains(9.0);
  }
}
