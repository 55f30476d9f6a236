package io.coodie.core.reactive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.QueryValidationException;
import io.coodie.core.api.reactive.ReactiveEntityOperations;
import io.coodie.core.fixtures.Product;
import io.coodie.core.fixtures.SensorReading;
import io.coodie.test.support.RecordingSession;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * Without a node: building a reactive operation sends and prepares nothing, and bad input arrives as
 * {@code onError} at subscription, never thrown while the {@code Mono} is built.
 */
class ReactiveOfflineTest {

  private final RecordingSession recording = RecordingSession.offline();
  private final Coodie coodie = Coodie.create(recording.session());
  private final ReactiveEntityOperations<Product> products = coodie.reactive().entity(Product.class);
  private final ReactiveEntityOperations<SensorReading> readings = coodie.reactive().entity(SensorReading.class);

  @Test
  void buildingAnOperationSendsNothingUntilSubscribed() {
    Product p = Product.named(UUID.randomUUID(), "hat");
    products.get(p.id());
    products.insert(p);
    products.save(p);
    products.update(p);
    products.update(p, p);
    products.delete(p);
    products.deleteById(p.id());
    products.query().all();
    products.query().count();
    products.query().exists();
    products.query().first();
    products.query().page(10, null);
    coodie.reactive().batch().insert(p).execute();
    assertThat(recording.prepared()).isEmpty();
    assertThat(recording.executed()).isEmpty();
  }

  @Test
  void aBadPrimaryKeyIsAnErrorSignalNotAThrow() {
    Mono<Product> wrongArity = products.get("a", "b");
    StepVerifier.create(wrongArity).expectErrorSatisfies(e -> assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has a primary key of 1 values [id], but 2 were given")).verify();
    StepVerifier.create(products.get((Object) null)).expectError(IllegalArgumentException.class).verify();
    StepVerifier.create(products.deleteById()).expectError(IllegalArgumentException.class).verify();
    assertThat(recording.prepared()).isEmpty();
  }

  @Test
  void aBadEntityIsAnErrorSignalNotAThrow() {
    StepVerifier.create(products.insert(null)).expectErrorSatisfies(e -> assertThat(e)
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be null")).verify();
    Product noKey = Product.named(null, "no key");
    StepVerifier.create(products.save(noKey)).expectErrorSatisfies(e -> assertThat(e)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(Product.class.getName() + ".id is part of the primary key and must not be null"))
        .verify();
    StepVerifier.create(products.update(noKey)).expectError(IllegalArgumentException.class).verify();
    StepVerifier.create(products.update(noKey, noKey)).expectError(IllegalArgumentException.class).verify();
    StepVerifier.create(products.delete(noKey)).expectError(IllegalArgumentException.class).verify();
    assertThat(recording.prepared()).isEmpty();
    assertThat(recording.executed()).isEmpty();
  }

  @Test
  void aQueryCassandraWouldRefuseIsAnErrorSignalBeforeAnythingIsPrepared() {
    var invalid = readings.query().where("value").gt(1.0);
    StepVerifier.create(invalid.all()).expectErrorSatisfies(e -> assertThat(e)
        .isInstanceOf(QueryValidationException.class)
        .hasMessageContaining("needs an index or allowFiltering()")).verify();
    StepVerifier.create(invalid.count()).expectError(QueryValidationException.class).verify();
    StepVerifier.create(invalid.exists()).expectError(QueryValidationException.class).verify();
    StepVerifier.create(invalid.first()).expectError(QueryValidationException.class).verify();
    StepVerifier.create(readings.query().where("sensorId").eq("s").where("day").eq(LocalDate.EPOCH)
        .where("value").ne(1.0).all()).expectError(QueryValidationException.class).verify();
    StepVerifier.create(invalid.allowFiltering().page(0, null)).expectError(IllegalArgumentException.class).verify();
    assertThat(recording.prepared()).isEmpty();
  }

  @Test
  void aDriverFailureIsAnErrorSignal() {
    // the offline session fails every preparation in its future: the reactive API signals it
    StepVerifier.create(products.get(UUID.randomUUID())).expectErrorSatisfies(e -> assertThat(e)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("needs Cassandra")).verify();
    StepVerifier.create(products.query().all()).expectError(IllegalStateException.class).verify();
  }

  @Test
  void builderArgumentsAreCheckedAtOnceAsInTheSynchronousApi() {
    assertThatThrownBy(() -> products.ttl(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> products.query().where("nope")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> products.query().limit(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
