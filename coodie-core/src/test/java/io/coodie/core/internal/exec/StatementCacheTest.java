package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.internal.core.cql.EmptyColumnDefinitions;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.fixtures.SensorReading;
import io.coodie.test.support.OfflineSession;
import io.coodie.test.support.RecordingSession;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The prepared statement cache ({@code Coodie.Builder.statementCacheSize}): what is prepared again, and when. */
class StatementCacheTest {

  /**
   * A session that prepares every statement (as one with no variables and no result columns: enough for the
   * statements below, which bind nothing) and fails every execution, as an offline session does.
   */
  private static CqlSession preparing() {
    CqlSession offline = OfflineSession.create();
    return (CqlSession) Proxy.newProxyInstance(CqlSession.class.getClassLoader(), new Class<?>[] {CqlSession.class},
        (proxy, method, args) -> {
          if (method.getName().equals("prepareAsync")) {
            return CompletableFuture.completedFuture(prepared(((SimpleStatement) args[0]).getQuery()));
          }
          try {
            return method.invoke(offline, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  private static PreparedStatement prepared(String cql) {
    return (PreparedStatement) Proxy.newProxyInstance(PreparedStatement.class.getClassLoader(),
        new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> switch (method.getName()) {
          case "getQuery" -> cql;
          case "getVariableDefinitions", "getResultSetDefinitions" -> EmptyColumnDefinitions.INSTANCE;
          case "getPartitionKeyIndices" -> Collections.emptyList();
          case "toString" -> "prepared " + cql;
          case "hashCode" -> System.identityHashCode(proxy);
          case "equals" -> proxy == args[0];
          default -> throw new UnsupportedOperationException(method.getName());
        });
  }

  /** Runs a query, which prepares its statement (if not cached) and then fails to execute it offline. */
  private static void run(EntityOperations<SensorReading> readings, Consumer<EntityOperations<SensorReading>> q) {
    assertThat(catchThrowable(() -> q.accept(readings))).isNotNull();
  }

  private static final Consumer<EntityOperations<SensorReading>> ALL = r -> r.query().list();
  private static final Consumer<EntityOperations<SensorReading>> VALUES = r -> r.query().only("value").list();
  private static final Consumer<EntityOperations<SensorReading>> LABELS = r -> r.query().only("sensorLabel").list();

  @Test
  void aShapeIsPreparedOnceWhileCached() {
    RecordingSession recording = RecordingSession.wrap(preparing());
    EntityOperations<SensorReading> readings = Coodie.create(recording.session()).entity(SensorReading.class);
    run(readings, ALL);
    run(readings, ALL);
    run(readings, VALUES);
    run(readings, ALL);
    assertThat(recording.prepared()).hasSize(2);
    assertThat(recording.prepared().get(1)).isEqualTo("SELECT sensor_id,day,read_at,event_id,value FROM sensor_reading");
  }

  @Test
  void theOldestShapeIsEvictedBeyondTheBoundAndPreparedAgain() {
    RecordingSession recording = RecordingSession.wrap(preparing());
    EntityOperations<SensorReading> readings = Coodie.builder(recording.session()).statementCacheSize(2).build()
        .entity(SensorReading.class);
    run(readings, ALL);
    run(readings, VALUES);
    run(readings, LABELS); // evicts ALL, the oldest
    assertThat(recording.prepared()).hasSize(3);
    run(readings, LABELS);
    run(readings, VALUES);
    assertThat(recording.prepared()).as("the two newest stay cached").hasSize(3);
    run(readings, ALL); // prepared again, evicting VALUES
    assertThat(recording.prepared()).hasSize(4);
    assertThat(recording.prepared().get(3)).isEqualTo(recording.prepared().get(0));
    run(readings, VALUES);
    assertThat(recording.prepared()).hasSize(5);
  }

  @Test
  void aFailedPreparationIsNotCached() {
    RecordingSession recording = RecordingSession.offline();
    EntityOperations<SensorReading> readings = Coodie.create(recording.session()).entity(SensorReading.class);
    run(readings, ALL);
    run(readings, ALL);
    assertThat(recording.prepared()).hasSize(2);
    assertThat(recording.executed()).isEmpty();
  }

  @Test
  void theBoundMustBePositive() {
    assertThatThrownBy(() -> Coodie.builder(OfflineSession.create()).statementCacheSize(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statementCacheSize must be positive");
    assertThat(Coodie.builder(OfflineSession.create()).statementCacheSize(1).build()).isNotNull();
  }

  @Test
  void boundedCacheEvictsInInsertionOrder() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    assertThat(cache.put("a", 1)).isEqualTo(1);
    assertThat(cache.put("b", 2)).isEqualTo(2);
    assertThat(cache.get("a")).isEqualTo(1); // a lookup does not refresh: eviction is by insertion
    cache.put("c", 3);
    assertThat(cache.size()).isEqualTo(2);
    assertThat(cache.get("a")).isNull();
    assertThat(cache.get("b")).isEqualTo(2);
    assertThat(cache.get("c")).isEqualTo(3);
  }

  @Test
  void boundedCacheKeepsTheFirstValueOfARace() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    cache.put("a", 1);
    assertThat(cache.put("a", 9)).isEqualTo(1);
    assertThat(cache.computeIfAbsent("a", k -> 7)).isEqualTo(1);
    assertThat(cache.computeIfAbsent("b", k -> 2)).isEqualTo(2);
    assertThat(cache.get("b")).isEqualTo(2);
    assertThat(cache.size()).isEqualTo(2);
  }

  @Test
  void boundedCacheRemovesOnlyTheSameValue() {
    BoundedCache<String, Integer> cache = new BoundedCache<>(2);
    cache.put("a", 1);
    cache.remove("a", 2);
    assertThat(cache.get("a")).isEqualTo(1);
    cache.remove("a", 1);
    assertThat(cache.get("a")).isNull();
    assertThat(cache.size()).isZero();
    // a removed key leaves the eviction order too: b and c fit
    cache.put("b", 2);
    cache.put("c", 3);
    assertThat(List.of(cache.get("b"), cache.get("c"))).containsExactly(2, 3);
    cache.put("a", 4);
    assertThat(cache.get("b")).isNull();
  }

  @Test
  void boundedCacheRefusesANonPositiveCapacity() {
    assertThatThrownBy(() -> new BoundedCache<String, String>(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity must be positive, was 0");
  }
}
