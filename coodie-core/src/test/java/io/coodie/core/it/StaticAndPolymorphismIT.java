package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop.Car;
import io.coodie.core.it.Shop.Ledger;
import io.coodie.core.it.Shop.Truck;
import io.coodie.core.it.Shop.Vehicle;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Static columns and discriminator polymorphism (sections 1.2 and 1.3 of the plan). */
@CassandraTest
class StaticAndPolymorphismIT {

  static StatementLog log;
  static Coodie coodie;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    coodie = Coodie.create(log.session);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @Test
  void aStaticValueIsSharedByEveryRowOfThePartition() {
    EntityOperations<Ledger> ledger = coodie.entity(Ledger.class);
    ledger.insert(new Ledger("acc", 1, 100, "first"));
    ledger.insert(new Ledger("acc", 2, null, "second"));
    assertThat(ledger.query().where("account").eq("acc").list()).extracting(l -> l.balance).containsExactly(100, 100);

    Ledger second = ledger.get("acc", 2).orElseThrow();
    second.balance = 250;
    log.clear();
    ledger.save(second);
    assertThat(log.executed()).containsExactly("UPDATE ledger SET balance=? WHERE account=?");
    assertThat(ledger.get("acc", 1).orElseThrow().balance).isEqualTo(250);

    ledger.mutateById("acc", 1).set("balance", 300).execute();
    assertThat(ledger.get("acc", 2).orElseThrow().balance).isEqualTo(300);
    ledger.query().where("account").eq("acc").update().set("balance", 400).execute();
    assertThat(ledger.get("acc", 1).orElseThrow().balance).isEqualTo(400);
  }

  @Test
  void subtypesWriteTheirDiscriminatorAndComeBackAsTheirOwnClass() {
    EntityOperations<Vehicle> vehicles = coodie.entity(Vehicle.class);
    vehicles.insert(new Car("c1", 5));
    coodie.entity(Truck.class).insert(new Truck("t1", 9000));
    assertThat(log.session.execute("SELECT kind FROM vehicle WHERE id = 'c1'").one().getString(0)).isEqualTo("car");
    assertThat(vehicles.get("c1")).containsInstanceOf(Car.class).contains(new Car("c1", 5));
    assertThat(vehicles.get("t1")).contains(new Truck("t1", 9000));
    List<Vehicle> all = vehicles.query().where("id").in("c1", "t1").list();
    assertThat(all).containsExactlyInAnyOrder(new Car("c1", 5), new Truck("t1", 9000));
  }

  @Test
  void querying_a_subtype_returns_only_that_subtype() {
    coodie.entity(Car.class).insert(new Car("c2", 2));
    coodie.entity(Truck.class).insert(new Truck("t2", 1));
    EntityOperations<Car> cars = coodie.entity(Car.class);
    assertThat(cars.query().list()).allMatch(c -> c instanceof Car).extracting(Car::id).contains("c2")
        .doesNotContain("t2");
    assertThat(cars.get("t2")).isEmpty();
    assertThat(cars.query().count()).isEqualTo(cars.query().list().size());
  }
}
