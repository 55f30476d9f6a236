package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop.Customer;
import io.coodie.core.it.Shop.Dimensions;
import io.coodie.core.it.Shop.Product;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Changed-field tracking: what save() and update() send for loaded entities (section 1.3 of the plan). */
@CassandraTest
class ChangeTrackingIT {

  static StatementLog log;
  static EntityOperations<Product> products;
  static EntityOperations<Customer> customers;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    Coodie coodie = Coodie.create(log.session);
    products = coodie.entity(Product.class);
    customers = coodie.entity(Customer.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @BeforeEach
  void clear() {
    log.clear();
  }

  private Product stored(String sku) {
    Product p = new Product(sku, "Widget", 100);
    p.tags.add("new");
    p.history.add("created");
    p.attrs.put("color", "red");
    p.size = new Dimensions(2, 3);
    products.insert(p);
    Product loaded = products.get(sku).orElseThrow();
    log.clear();
    return loaded;
  }

  @Test
  void aNoOpSaveOfALoadedEntitySendsNoStatement() {
    Product loaded = stored("noop-save");
    products.save(loaded);
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void anUntrackedQueryReturnsEntitiesThatSaveWritesAsNew() {
    stored("untracked");
    Product read = products.query().where("sku").eq("untracked").untracked().one().orElseThrow();
    assertThat(read.name).isEqualTo("Widget");
    assertThat(read.tags).containsExactly("new");
    log.clear();

    products.save(read);
    assertThat(log.executed()).singleElement().asString().startsWith("INSERT INTO product");

    Product tracked = products.query().where("sku").eq("untracked").one().orElseThrow();
    log.clear();
    products.save(tracked);
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void aNoOpUpdateOfALoadedEntitySendsNoStatement() {
    Product loaded = stored("noop-update");
    products.update(loaded);
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void savingAgainAfterASaveSendsNothingMore() {
    Product loaded = stored("twice");
    loaded.price = 90;
    products.save(loaded);
    products.save(loaded);
    assertThat(log.executed()).containsExactly("UPDATE product SET price=? WHERE sku=?");
  }

  @Test
  void onlyChangedColumnsAreWritten() {
    Product loaded = stored("changed");
    loaded.name = "Gadget";
    products.save(loaded);
    assertThat(log.executed()).containsExactly("UPDATE product SET name=? WHERE sku=?");
    assertThat(products.get("changed").orElseThrow().price).isEqualTo(100);
  }

  @Test
  void settingALoadedPropertyToNullDeletesTheColumn() {
    Product loaded = stored("nulled");
    loaded.name = null;
    products.save(loaded);
    assertThat(log.executed()).containsExactly("UPDATE product SET name=? WHERE sku=?");
    Row row = log.session.execute("SELECT name FROM product WHERE sku = 'nulled'").one();
    assertThat(row.isNull("name")).isTrue();
  }

  @Test
  void nullsOfANewEntityAreNeverWrittenAsTombstones() {
    products.insert(new Product("fresh", "Thing", null));
    assertThat(log.executed()).containsExactly(
        "INSERT INTO product (sku,name,price,stock,history,tags,attrs,size) VALUES (?,?,?,?,?,?,?,?)");
    Row row = log.session.execute("SELECT writetime(price), writetime(name) FROM product WHERE sku = 'fresh'").one();
    assertThat(row.isNull(0)).as("price was left unset").isTrue();
    assertThat(row.isNull(1)).isFalse();
  }

  @Test
  void collectionsAreDiffedIntoElementOperations() {
    Product loaded = stored("diffed");
    loaded.tags.add("sale");
    loaded.tags.remove("new");
    loaded.history.add("discounted");
    loaded.attrs.put("size", "L");
    loaded.attrs.remove("color");
    products.save(loaded);
    assertThat(log.executed()).containsExactly(
        "UPDATE product SET history=history+?, tags=tags+?, tags=tags-?, attrs=attrs+?, attrs=attrs-? WHERE sku=?");
    Product read = products.get("diffed").orElseThrow();
    assertThat(read.tags).containsExactly("sale");
    assertThat(read.history).containsExactly("created", "discounted");
    assertThat(read.attrs).containsExactly(java.util.Map.entry("size", "L"));
  }

  @Test
  void listPrependAndOverwrite() {
    Product loaded = stored("lists");
    loaded.history.add(0, "designed");
    products.save(loaded);
    assertThat(log.executed()).containsExactly("UPDATE product SET history=?+history WHERE sku=?");
    log.clear();
    loaded.history.set(1, "made");
    products.save(loaded);
    assertThat(log.executed()).containsExactly("UPDATE product SET history=? WHERE sku=?");
    assertThat(products.get("lists").orElseThrow().history).containsExactly("designed", "made");
  }

  @Test
  void inPlaceChangesToAMutableUdtAreDetected() {
    Product loaded = stored("udt");
    loaded.size.width = 10;
    products.save(loaded);
    assertThat(log.executed()).containsExactly("UPDATE product SET size=? WHERE sku=?");
    assertThat(products.get("udt").orElseThrow().size.width).isEqualTo(10);
  }

  @Test
  void changingThePrimaryKeyOfALoadedEntityIsRefused() {
    Product loaded = stored("pk");
    loaded.sku = "other";
    assertThatThrownBy(() -> products.save(loaded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Cannot change the primary key")
        .hasMessageContaining("sku");
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void recordsAreUpdatedAgainstTheirLoadedSnapshot() {
    customers.insert(new Customer("c1", "Ann", "ann@example.com", 10));
    Customer loaded = customers.get("c1").orElseThrow();
    log.clear();
    customers.update(loaded, new Customer("c1", "Ann", null, 11));
    assertThat(log.executed()).containsExactly("UPDATE customer SET email=?, points=? WHERE sku=?".replace("sku", "id"));
    assertThat(customers.get("c1")).contains(new Customer("c1", "Ann", null, 11));
    log.clear();
    customers.update(loaded, loaded);
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void anUntrackedUpdateWritesNonNullPropertiesOnly() {
    customers.insert(new Customer("c2", "Bob", "bob@example.com", 1));
    log.clear();
    customers.update(new Customer("c2", null, null, 2));
    assertThat(log.executed()).containsExactly("UPDATE customer SET points=? WHERE id=?");
    assertThat(customers.get("c2")).contains(new Customer("c2", "Bob", "bob@example.com", 2));
  }

  @Test
  void entitiesLoadedByQueriesAreTrackedToo() {
    stored("q1");
    Product fromQuery = products.query().where("sku").eq("q1").one().orElseThrow();
    log.clear();
    products.save(fromQuery);
    assertThat(log.executed()).isEmpty();
  }
}
