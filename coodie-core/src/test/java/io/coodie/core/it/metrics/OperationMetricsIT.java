package io.coodie.core.it.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.metrics.MicrometerOperationListener;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.metrics.OperationListener;
import io.coodie.core.api.metrics.Outcome;
import io.coodie.core.it.Shop;
import io.coodie.core.it.Shop.Customer;
import io.coodie.core.it.Shop.Product;
import io.coodie.test.CassandraTest;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every public operation is reported once to the operation listener, with its outcome, and lands in Micrometer. */
@CassandraTest
class OperationMetricsIT {

  record Event(Class<?> type, Operation operation, Outcome outcome, Throwable failure, long nanos) {}

  static final List<Event> events = new CopyOnWriteArrayList<>();
  static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  static EntityOperations<Product> products;
  static EntityOperations<Customer> customers;
  static Coodie coodie;

  @BeforeAll
  static void setUp(CqlSession session) {
    Shop.createTables(session);
    OperationListener recording = (type, op, outcome, failure, nanos) ->
        events.add(new Event(type, op, outcome, failure, nanos));
    coodie = Coodie.builder(session)
        .operationListener(OperationListener.composite(List.of(recording, new MicrometerOperationListener(registry))))
        .build();
    products = coodie.entity(Product.class);
    customers = coodie.entity(Customer.class);
  }

  @BeforeEach
  void clear() {
    events.clear();
  }

  @Test
  void synchronousOperationsAreEachReportedOnce() {
    Product p = new Product("m1", "metered", 10);
    products.insert(p);
    Product loaded = products.get("m1").orElseThrow();
    loaded.price = 11;
    products.save(loaded);
    products.update(loaded);
    products.query().where("sku").eq("m1").list();
    products.query().where("sku").eq("m1").count();
    products.mutateById("m1").set("price", 12).execute();
    coodie.batch().insert(new Product("m2", "b", 1)).execute();
    products.deleteById("m1");
    products.query().where("sku").eq("m2").delete().execute();

    assertThat(events).extracting(Event::operation).containsExactly(Operation.INSERT, Operation.GET, Operation.SAVE,
        Operation.UPDATE, Operation.QUERY, Operation.QUERY, Operation.UPDATE, Operation.BATCH, Operation.DELETE,
        Operation.DELETE);
    assertThat(events).allSatisfy(e -> {
      assertThat(e.outcome()).isEqualTo(Outcome.SUCCESS);
      assertThat(e.failure()).isNull();
      assertThat(e.nanos()).isPositive();
    });
    assertThat(events).filteredOn(e -> e.operation() != Operation.BATCH).extracting(Event::type)
        .containsOnly(Product.class);
    assertThat(events).filteredOn(e -> e.operation() == Operation.BATCH).extracting(Event::type)
        .containsOnlyNulls();
  }

  @Test
  void asynchronousOperationsAreReportedWhenTheyComplete() {
    products.insertAsync(new Product("a1", "async", 1)).toCompletableFuture().join();
    products.getAsync("a1").toCompletableFuture().join();
    products.query().where("sku").eq("a1").listAsync().toCompletableFuture().join();
    products.query().where("sku").eq("a1").pageAsync(10, null).toCompletableFuture().join();
    products.deleteAsync(new Product("a1", null, null)).toCompletableFuture().join();

    assertThat(events).extracting(Event::operation).containsExactly(Operation.INSERT, Operation.GET,
        Operation.QUERY, Operation.QUERY, Operation.DELETE);
    assertThat(events).extracting(Event::outcome).containsOnly(Outcome.SUCCESS);
  }

  @Test
  void aRejectedLightweightTransactionIsNotApplied() {
    customers.insert(new Customer("lwt-m", "first", null, null));
    events.clear();
    assertThatThrownBy(() -> customers.ifNotExists().insert(new Customer("lwt-m", "second", null, null)))
        .isInstanceOf(LwtException.class);

    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.operation()).isEqualTo(Operation.INSERT);
      assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
      assertThat(e.failure()).isInstanceOf(LwtException.class);
    });
    Timer timer = registry.get(MicrometerOperationListener.METRIC_NAME)
        .tags("entity", "Customer", "operation", "insert", "outcome", "not_applied", "exception", "LwtException")
        .timer();
    assertThat(timer.count()).isEqualTo(1);
  }

  @Test
  void aConditionalWriteThatReportsFalseIsNotApplied() {
    products.insert(new Product("try-m", "t", 5));
    events.clear();
    boolean applied = products.mutateById("try-m").iff("price", 6).set("price", 7).tryExecute();

    assertThat(applied).isFalse();
    assertThat(events).singleElement().satisfies(e -> {
      assertThat(e.operation()).isEqualTo(Operation.UPDATE);
      assertThat(e.outcome()).isEqualTo(Outcome.NOT_APPLIED);
      assertThat(e.failure()).isNull();
    });
  }

  @Test
  void invalidInputIsAnError() {
    assertThatThrownBy(() -> products.get((Object) null)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> products.getAsync("a", "b")).isInstanceOf(IllegalArgumentException.class);

    assertThat(events).hasSize(2).allSatisfy(e -> {
      assertThat(e.operation()).isEqualTo(Operation.GET);
      assertThat(e.outcome()).isEqualTo(Outcome.ERROR);
      assertThat(e.failure()).isInstanceOf(IllegalArgumentException.class);
    });
  }

  @Test
  void successfulOperationsLandInOneTimerPerEntityAndOperation() {
    for (int i = 0; i < 3; i++) {
      customers.insert(new Customer("timer-" + i, "n", null, null));
    }
    Timer timer = registry.get(MicrometerOperationListener.METRIC_NAME)
        .tags("entity", "Customer", "operation", "insert", "outcome", "success", "exception", "none").timer();
    assertThat(timer.count()).isGreaterThanOrEqualTo(3);
    assertThat(timer.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS)).isPositive();
  }
}
