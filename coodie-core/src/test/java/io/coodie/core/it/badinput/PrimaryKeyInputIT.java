package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop;
import io.coodie.core.it.Shop.Ledger;
import io.coodie.core.it.Shop.Product;
import io.coodie.core.it.StatementLog;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Null or missing primary key parts fail before anything is sent, naming the entity and property. */
@CassandraTest
class PrimaryKeyInputIT {

  static StatementLog log;
  static EntityOperations<Product> products;
  static EntityOperations<Ledger> ledger;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    Coodie coodie = Coodie.create(log.session);
    products = coodie.entity(Product.class);
    ledger = coodie.entity(Ledger.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void nullPartitionKeyOnEveryWrite() {
    Product p = new Product(null, "n", 1);
    String message = "io.coodie.core.it.Shop$Product.sku is part of the primary key and must not be null";
    assertThatThrownBy(() -> products.insert(p)).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> products.save(p)).hasMessage(message);
    assertThatThrownBy(() -> products.update(p)).hasMessage(message);
    assertThatThrownBy(() -> products.delete(p)).hasMessage(message);
    assertThatThrownBy(() -> products.mutate(p)).hasMessage(message);
    assertThatThrownBy(() -> products.mutateById((Object) null)).hasMessage(message);
  }

  @Test
  void nullClusteringKey() {
    assertThatThrownBy(() -> ledger.get("acc", null))
        .hasMessage("io.coodie.core.it.Shop$Ledger.entry is part of the primary key and must not be null");
  }

  @Test
  void missingOrExtraKeyParts() {
    assertThatThrownBy(() -> ledger.get("acc"))
        .hasMessage("io.coodie.core.it.Shop$Ledger has a primary key of 2 values [account, entry], but 1 were given");
    assertThatThrownBy(() -> ledger.deleteById("acc", 1, 2)).hasMessageContaining("but 3 were given");
  }

  @Test
  void nullEntity() {
    assertThatThrownBy(() -> products.insert(null))
        .hasMessage("The io.coodie.core.it.Shop$Product to write must not be null");
  }

  @Test
  void nullInARestriction() {
    assertThatThrownBy(() -> products.query().where("sku").eq(null))
        .hasMessageContaining("Cannot restrict io.coodie.core.it.Shop$Product.sku with EQ null");
  }
}
