package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.LwtException;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.it.Shop.Customer;
import io.coodie.core.it.Shop.Product;
import io.coodie.test.CassandraTest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Lightweight transactions (section 1.5 of the plan). */
@CassandraTest
class LwtIT {

  static Coodie coodie;
  static EntityOperations<Customer> customers;
  static EntityOperations<Product> products;

  @BeforeAll
  static void setUp(CqlSession session) {
    Shop.createTables(session);
    coodie = Coodie.create(session);
    customers = coodie.entity(Customer.class);
    products = coodie.entity(Product.class);
  }

  @Test
  void insertIfNotExistsAppliesOnceThenCarriesTheExistingRow() {
    customers.ifNotExists().insert(new Customer("u1", "first", "a@x", 1));
    LwtException e = catchThrowableOfType(LwtException.class,
        () -> customers.ifNotExists().insert(new Customer("u1", "second", "b@x", 2)));
    assertThat(e.applied()).isFalse();
    assertThat(e.existing(Customer.class)).contains(new Customer("u1", "first", "a@x", 1));
    assertThat(e.existingValues()).containsEntry("name", "first");
    assertThat(customers.get("u1").orElseThrow().name()).isEqualTo("first");
  }

  @Test
  void theMessageNamesTheColumnsNeverTheirValues() {
    customers.insert(new Customer("u-pii", "Ada Lovelace", "ada@example.com", 7));
    LwtException e = catchThrowableOfType(LwtException.class,
        () -> customers.ifNotExists().insert(new Customer("u-pii", "other", "x@y", 1)));
    assertThat(e).hasMessage("Conditional write of " + Customer.class.getName() + " was not applied: its condition did not"
        + " hold. The server returned the current values of [id, email, name, points]; read them from"
        + " existingValues().");
    assertThat(e.getMessage()).doesNotContain("ada@example.com").doesNotContain("Ada Lovelace");
    assertThat(e.existingValues()).containsEntry("email", "ada@example.com");
    assertThat(e.existing(Customer.class)).contains(new Customer("u-pii", "Ada Lovelace", "ada@example.com", 7));
  }

  @Test
  void theExistingRowMayHoldNulls() {
    customers.insert(new Customer("u-null", "only a name", null, null));
    LwtException e = catchThrowableOfType(LwtException.class,
        () -> customers.ifNotExists().insert(new Customer("u-null", "other", "x@y", 1)));
    assertThat(e.existingValues()).containsEntry("email", null).containsEntry("name", "only a name");
    assertThat(e.existing(Customer.class)).contains(new Customer("u-null", "only a name", null, null));
  }

  @Test
  void conditionalUpdateSucceedsAndFailsWithTheCurrentValue() {
    products.insert(new Product("lwt", "p", 100));
    products.iff("price", 100).mutateById("lwt").set("price", 90).execute();
    assertThat(products.get("lwt").orElseThrow().price).isEqualTo(90);

    LwtException e = catchThrowableOfType(LwtException.class,
        () -> products.mutateById("lwt").iff("price", 100).set("price", 80).execute());
    assertThat(e.existingValues()).containsEntry("price", 90);
    assertThat(e).hasMessageContaining("was not applied");
    assertThat(products.get("lwt").orElseThrow().price).isEqualTo(90);
  }

  @Test
  void conditionalSaveOfATrackedEntity() {
    products.insert(new Product("tracked-lwt", "p", 10));
    Product loaded = products.get("tracked-lwt").orElseThrow();
    loaded.price = 11;
    products.iff("price", Comparison.LT, 20).save(loaded);
    loaded.price = 12;
    assertThatThrownBy(() -> products.iff("price", Comparison.GT, 100).save(loaded)).isInstanceOf(LwtException.class);
    assertThat(products.get("tracked-lwt").orElseThrow().price).isEqualTo(11);
  }

  @Test
  void blindQueryUpdateWithIn() {
    products.insert(new Product("in", "p", 3));
    assertThat(products.query().where("sku").eq("in").update().iff("price", Comparison.IN, List.of(1, 2))
        .set("price", 4).tryExecute()).isFalse();
    assertThat(products.query().where("sku").eq("in").update().iff("price", Comparison.IN, List.of(2, 3))
        .set("price", 4).tryExecute()).isTrue();
    assertThat(products.get("in").orElseThrow().price).isEqualTo(4);
  }

  @Test
  void conditionalDelete() {
    products.insert(new Product("del", "p", 5));
    assertThatThrownBy(() -> products.iff("price", 6).delete(new Product("del", null, null)))
        .isInstanceOf(LwtException.class);
    assertThat(products.get("del")).isPresent();
    products.iff("price", 5).delete(new Product("del", null, null));
    assertThat(products.get("del")).isEmpty();
  }

  @Test
  void deleteIfExistsWhenAbsentThrowsAndUpdateIfExistsDoesNotCreate() {
    LwtException e = catchThrowableOfType(LwtException.class,
        () -> products.ifExists().delete(new Product("absent", null, null)));
    assertThat(e.existingValues()).isEmpty();
    assertThat(products.ifExists().mutateById("absent").set("name", "x").tryExecute()).isFalse();
    assertThat(products.get("absent")).isEmpty();
    // written with an LWT too: a plain insert's client timestamp (microseconds) can be later than the delete's Paxos
    // ballot (the server's millisecond clock) within one millisecond, and then the insert wins over the delete
    products.ifNotExists().insert(new Product("present", "p", 1));
    products.ifExists().delete(new Product("present", null, null));
    assertThat(products.get("present")).isEmpty();
  }

  @Test
  void aFailedConditionRejectsTheWholeBatch() {
    products.insert(new Product("batch-lwt", "p", 1));
    assertThatThrownBy(() -> coodie.batch()
        .add(products.mutateById("batch-lwt").iff("price", 2).set("name", "changed"))
        .add(products.mutateById("batch-lwt").set("stock", 7))
        .execute()).isInstanceOf(LwtException.class);
    Product read = products.get("batch-lwt").orElseThrow();
    assertThat(read.name).isEqualTo("p");
    assertThat(read.stock).isNull();
    coodie.batch()
        .add(products.mutateById("batch-lwt").iff("price", 1).set("name", "changed"))
        .add(products.mutateById("batch-lwt").set("stock", 7))
        .execute();
    assertThat(products.get("batch-lwt").orElseThrow().stock).isEqualTo(7);
  }

  @Test
  void primaryKeyColumnsCannotBeConditions() {
    assertThatThrownBy(() -> products.iff("sku", "x")).hasMessageContaining("primary key columns are not allowed");
  }
}
