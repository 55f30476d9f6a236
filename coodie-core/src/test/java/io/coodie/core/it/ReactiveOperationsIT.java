package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.metrics.Outcome;
import io.coodie.core.api.reactive.ReactiveCoodie;
import io.coodie.core.api.reactive.ReactiveEntityOperations;
import io.coodie.core.it.Shop.Customer;
import io.coodie.core.it.Shop.PageViews;
import io.coodie.core.it.Shop.Product;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import io.coodie.test.support.RecordingTracker;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.test.StepVerifier;

/**
 * Each reactive operation against the node, with what it sends: change tracking through reactive saves (a no-op
 * sends nothing, a change sends exactly its columns), LWT failures, TTL/timestamp/consistency, batches, metrics.
 */
@CassandraTest
class ReactiveOperationsIT {

  static final Duration TIMEOUT = Duration.ofSeconds(20);
  static StatementLog log;
  static ReactiveCoodie rx;
  static ReactiveEntityOperations<Product> products;
  static ReactiveEntityOperations<Customer> customers;
  static final List<String> metrics = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    rx = Coodie.builder(log.session)
        .operationListener((type, operation, outcome, failure, nanos) -> metrics.add(
            (type == null ? "-" : type.getSimpleName()) + " " + operation + " " + outcome))
        .build().reactive();
    products = rx.entity(Product.class);
    customers = rx.entity(Customer.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @BeforeEach
  void clear() {
    log.clear();
    metrics.clear();
  }

  /** A product written, then read back (so tracked) through the reactive API, with the log cleared. */
  private static Product stored(String sku) {
    Product p = new Product(sku, "Widget", 100);
    p.tags.add("new");
    StepVerifier.create(products.insert(p)).verifyComplete();
    Product loaded = products.get(sku).block(TIMEOUT);
    log.clear();
    return loaded;
  }

  private static List<Object> values(int statement) {
    return RecordingTracker.values(log.statements().get(statement));
  }

  @Test
  void getEmitsTheEntityOrCompletesEmpty() {
    Product p = stored("get");
    assertThat(p.name).isEqualTo("Widget");
    assertThat(p.tags).containsExactly("new");
    StepVerifier.create(products.get("no-such-sku")).expectComplete().verify(TIMEOUT);
    assertThat(log.executed()).containsExactly("SELECT sku,name,price,stock,history,tags,attrs,size FROM product"
        + " WHERE sku=?");
  }

  @Test
  void aNoOpReactiveSaveOfALoadedEntitySendsNothing() {
    Product loaded = stored("noop");
    StepVerifier.create(products.save(loaded)).verifyComplete();
    StepVerifier.create(products.update(loaded)).verifyComplete();
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void aChangeSendsExactlyTheChangedColumnsAndIsRecordedOnCompletion() {
    Product loaded = stored("change");
    loaded.price = 90;
    loaded.tags.add("sale");
    StepVerifier.create(products.save(loaded)).verifyComplete();
    assertThat(log.executed()).containsExactly("UPDATE product SET price=?, tags=tags+? WHERE sku=?");
    assertThat(values(0)).containsExactly(90, java.util.Set.of("sale"), "change");

    StepVerifier.create(products.save(loaded)).verifyComplete();
    assertThat(log.executed()).as("the completed save was recorded: nothing more to send").hasSize(1);
    Product read = products.get("change").block(TIMEOUT);
    assertThat(read.price).isEqualTo(90);
    assertThat(read.tags).containsExactly("new", "sale");
  }

  @Test
  void aSaveTakesTheEntityAtSubscriptionAndRecordsWhatItBound() {
    Product loaded = stored("bound");
    loaded.price = 90;
    var save = products.save(loaded);
    loaded.price = 80; // not subscribed yet: the save will write 80
    CompletableFuture<Void> sent = save.toFuture();
    loaded.price = 70; // after subscription: not in this write
    sent.join();
    assertThat(values(0)).containsExactly(80, "bound");

    log.clear();
    StepVerifier.create(products.save(loaded)).verifyComplete();
    assertThat(log.executed()).containsExactly("UPDATE product SET price=? WHERE sku=?");
    assertThat(values(0)).containsExactly(70, "bound");
  }

  @Test
  void aCancelledSaveIsStillRecordedWhenItsAnswerArrives() throws Exception {
    Product loaded = stored("cancelled");
    loaded.name = "Gadget";
    // cancelled at once: the write still goes out (once its shape is prepared) and its outcome is recorded
    StepVerifier.create(products.save(loaded)).thenCancel().verify(TIMEOUT);
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (!"Gadget".equals(products.operations().query().where("sku").eq("cancelled").untracked().one()
        .orElseThrow().name) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    Thread.sleep(200); // the answer reached the client before the read's did
    assertThat(log.executed()).filteredOn(cql -> cql.startsWith("UPDATE"))
        .containsExactly("UPDATE product SET name=? WHERE sku=?");
    log.clear();
    StepVerifier.create(products.save(loaded)).verifyComplete();
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void entitiesReadThroughAFluxAreTrackedAndUntrackedOnesAreNot() {
    stored("flux");
    Product read = products.query().where("sku").eq("flux").all().single().block(TIMEOUT);
    read.name = "Renamed";
    log.clear();
    StepVerifier.create(products.save(read)).verifyComplete();
    assertThat(log.executed()).containsExactly("UPDATE product SET name=? WHERE sku=?");

    Product untracked = products.query().where("sku").eq("flux").untracked().all().single().block(TIMEOUT);
    log.clear();
    StepVerifier.create(products.save(untracked)).verifyComplete();
    assertThat(log.executed()).singleElement().asString().startsWith("INSERT INTO product");
  }

  @Test
  void aPartialReadThroughAFluxIsTrackedForTheColumnsItRead() {
    stored("partial");
    Product read = products.query().where("sku").eq("partial").only("name").all().single().block(TIMEOUT);
    assertThat(read.price).isNull();
    read.name = "Partial";
    log.clear();
    StepVerifier.create(products.save(read)).verifyComplete();
    assertThat(log.executed()).containsExactly("UPDATE product SET name=? WHERE sku=?");
    StepVerifier.create(products.get("partial").map(p -> p.price)).expectNext(100).verifyComplete();
  }

  @Test
  void aSubtypesFluxAndCountSkipItsSiblings() {
    ReactiveEntityOperations<Shop.Vehicle> vehicles = rx.entity(Shop.Vehicle.class);
    ReactiveEntityOperations<Shop.Car> cars = rx.entity(Shop.Car.class);
    StepVerifier.create(vehicles.insert(new Shop.Car("car-1", 4))
        .then(vehicles.insert(new Shop.Truck("truck-1", 1000)))
        .then(vehicles.insert(new Shop.Car("car-2", 2)))).verifyComplete();
    StepVerifier.create(cars.query().all().map(Shop.Car::id).sort()).expectNext("car-1", "car-2").verifyComplete();
    StepVerifier.create(cars.query().count()).expectNext(2L).verifyComplete();
    StepVerifier.create(vehicles.query().all().count()).expectNext(3L).verifyComplete();
  }

  @Test
  void updateOfARecordWritesOnlyWhatDiffers() {
    Customer ada = new Customer("ada", "Ada", "ada@x", 1);
    StepVerifier.create(customers.insert(ada)).verifyComplete();
    Customer loaded = customers.get("ada").block(TIMEOUT);
    log.clear();
    StepVerifier.create(customers.update(loaded, new Customer("ada", "Ada", "ada@y", 1))).verifyComplete();
    assertThat(log.executed()).containsExactly("UPDATE customer SET email=? WHERE id=?");

    // an entity built by the application (never read): compared with itself as given
    log.clear();
    Customer built = new Customer("bob", "Bob", "bob@x", 2);
    StepVerifier.create(customers.update(built, new Customer("bob", "Bob", "bob@x", 3))).verifyComplete();
    assertThat(log.executed()).containsExactly("UPDATE customer SET points=? WHERE id=?");
    StepVerifier.create(customers.update(built, new Customer("other", "Bob", "bob@x", 3)))
        .expectError(IllegalArgumentException.class).verify(TIMEOUT);
  }

  @Test
  void deleteAndDeleteById() {
    Product loaded = stored("del");
    StepVerifier.create(products.delete(loaded)).verifyComplete();
    StepVerifier.create(products.get("del")).verifyComplete();
    stored("del-id");
    StepVerifier.create(products.deleteById("del-id")).verifyComplete();
    assertThat(log.executed()).containsExactly("DELETE FROM product WHERE sku=?");
    StepVerifier.create(products.get("del-id")).verifyComplete();
    StepVerifier.create(products.deleteById("a", "b")).expectError(IllegalArgumentException.class).verify(TIMEOUT);
  }

  @Test
  void aFailedConditionSignalsLwtExceptionWithTheExistingRow() {
    Customer first = new Customer("lwt", "first", "a@x", 1);
    StepVerifier.create(customers.ifNotExists().insert(first)).verifyComplete();
    StepVerifier.create(customers.ifNotExists().insert(new Customer("lwt", "second", "b@x", 2)))
        .expectErrorSatisfies(e -> {
          assertThat(e).isInstanceOf(LwtException.class);
          assertThat(((LwtException) e).existing(Customer.class)).contains(first);
        })
        .verify(TIMEOUT);
    StepVerifier.create(customers.iff("points", 5).update(new Customer("lwt", "x", "x@x", 9)))
        .expectErrorSatisfies(e -> assertThat(((LwtException) e).existingValues()).containsEntry("points", 1))
        .verify(TIMEOUT);
    StepVerifier.create(customers.ifExists().deleteById("no-such-customer"))
        .expectError(LwtException.class).verify(TIMEOUT);
    StepVerifier.create(customers.get("lwt")).expectNext(first).verifyComplete();
    assertThat(metrics).contains("Customer INSERT NOT_APPLIED", "Customer DELETE NOT_APPLIED");
  }

  @Test
  void ttlTimestampAndConsistencyOptions() {
    StepVerifier.create(customers.ttl(120).timestamp(1_234_567L).insert(new Customer("opts", "o", "o@x", 1)))
        .verifyComplete();
    Row row = log.session.execute("SELECT TTL(name), WRITETIME(name) FROM customer WHERE id = 'opts'").one();
    assertThat(row.getInt(0)).isBetween(100, 120);
    assertThat(row.getLong(1)).isEqualTo(1_234_567L);

    log.clear();
    StepVerifier.create(customers.consistency(ConsistencyLevel.LOCAL_QUORUM).get("opts").map(Customer::name))
        .expectNext("o").verifyComplete();
    StepVerifier.create(customers.consistency(ConsistencyLevel.LOCAL_QUORUM).query().where("id").eq("opts")
        .all().count()).expectNext(1L).verifyComplete();
    assertThat(log.statements()).hasSize(2).allSatisfy(s -> assertThat(((BoundStatement) s).getConsistencyLevel())
        .isEqualTo(ConsistencyLevel.LOCAL_QUORUM));
  }

  @Test
  void mutationsAndQueryUpdatesAndDeletes() {
    ReactiveEntityOperations<PageViews> views = rx.entity(PageViews.class);
    StepVerifier.create(views.execute(views.mutateById("home").increment("views", 3))).verifyComplete();
    StepVerifier.create(views.get("home").map(v -> v.views)).expectNext(3L).verifyComplete();

    stored("mut");
    StepVerifier.create(products.execute(products.query().where("sku").eq("mut").update().set("stock", 7)))
        .verifyComplete();
    StepVerifier.create(products.get("mut").map(p -> p.stock)).expectNext(7).verifyComplete();
    StepVerifier.create(products.execute(products.query().where("sku").eq("mut").update().set("stock", 8)
        .iff("stock", 1))).expectError(LwtException.class).verify(TIMEOUT);
    StepVerifier.create(products.execute(products.query().where("sku").eq("mut").delete())).verifyComplete();
    StepVerifier.create(products.query().where("sku").eq("mut").exists()).expectNext(false).verifyComplete();
  }

  @Test
  void batchesExecuteOnSubscriptionAndConditionalOnesSignalLwtException() {
    Customer c1 = new Customer("b1", "one", "1@x", 1);
    Customer c2 = new Customer("b2", "two", "2@x", 2);
    var batch = rx.batch().insert(c1).insert(customers.ttl(60), c2);
    assertThat(batch.size()).isEqualTo(2);
    var execution = batch.execute();
    assertThat(log.executed()).as("nothing sent before subscription").isEmpty();
    StepVerifier.create(execution).verifyComplete();
    assertThat(log.executed()).singleElement().asString().startsWith("BATCH LOGGED [INSERT INTO customer");
    StepVerifier.create(customers.query().where("id").in("b1", "b2").count()).expectNext(2L).verifyComplete();

    Product loaded = stored("batch-noop");
    assertThat(rx.batch().save(loaded).size()).as("a tracked entity without change adds nothing").isZero();

    var conditional = rx.batch(DefaultBatchType.LOGGED)
        .insert(customers.ifNotExists(), new Customer("b1", "again", "x@x", 9))
        .insert(customers.ifNotExists(), new Customer("b1", "again", "x@x", 9));
    StepVerifier.create(conditional.execute()).expectError(LwtException.class).verify(TIMEOUT);
    StepVerifier.create(customers.get("b1").map(Customer::name)).expectNext("one").verifyComplete();
    StepVerifier.create(rx.batch().execute()).verifyComplete();
  }

  @Test
  void operationsAreTimedLikeTheirAsyncTwins() {
    stored("metrics");
    metrics.clear();
    StepVerifier.create(products.get("metrics")).expectNextCount(1).verifyComplete();
    StepVerifier.create(products.query().where("sku").eq("metrics").all()).expectNextCount(1).verifyComplete();
    StepVerifier.create(products.query().where("sku").eq("metrics").count()).expectNext(1L).verifyComplete();
    StepVerifier.create(products.query().where("name").eq("x").all()).expectError().verify(TIMEOUT);
    assertThat(metrics).containsExactly("Product GET SUCCESS", "Product QUERY SUCCESS", "Product QUERY SUCCESS",
        "Product QUERY ERROR");
  }
}
