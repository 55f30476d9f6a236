package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop;
import io.coodie.core.it.Shop.PageViews;
import io.coodie.core.it.Shop.Product;
import io.coodie.core.it.StatementLog;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Counter-table misuse and lightweight transactions on counters fail before anything is sent. */
@CassandraTest
class CounterMisuseIT {

  static StatementLog log;
  static Coodie coodie;
  static EntityOperations<PageViews> views;
  static EntityOperations<Product> products;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    coodie = Coodie.create(log.session);
    views = coodie.entity(PageViews.class);
    products = coodie.entity(Product.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @AfterEach
  void nothingWasSent() {
    assertThat(log.executed()).isEmpty();
  }

  private static PageViews page() {
    PageViews pv = new PageViews();
    pv.page = "/";
    return pv;
  }

  @Test
  void countersAreWrittenByIncrementsOnly() {
    assertThatThrownBy(() -> views.insert(page())).hasMessageContaining("is a counter table: insert()");
    assertThatThrownBy(() -> views.save(page())).hasMessageContaining("is a counter table: save()");
    assertThatThrownBy(() -> views.update(page())).hasMessageContaining("is a counter table: update()");
    assertThatThrownBy(() -> views.mutateById("/").set("views", 1L))
        .hasMessageContaining("PageViews.views is a counter: use increment or decrement");
    assertThatThrownBy(() -> products.mutateById("p").increment("stock", 1))
        .hasMessageContaining("increment and decrement need a counter column, but")
        .hasMessageContaining("Product.stock is int");
  }

  @Test
  void conditionalWritesOnCountersAreRefused() {
    String message = "is a counter table: Cassandra does not support conditional writes (IF ...) on counters";
    assertThatThrownBy(() -> views.mutateById("/").iff("views", 1L)).hasMessageContaining(message);
    assertThatThrownBy(() -> views.mutateById("/").ifExists()).hasMessageContaining(message);
    assertThatThrownBy(() -> views.ifNotExists()).hasMessageContaining(message);
    assertThatThrownBy(() -> views.ifExists()).hasMessageContaining(message);
  }

  @Test
  void countersAndOtherWritesDoNotShareABatch() {
    assertThatThrownBy(() -> coodie.batch().add(views.mutateById("/").increment("views", 1)))
        .hasMessageContaining("need a COUNTER batch");
    assertThatThrownBy(() -> coodie.batch(com.datastax.oss.driver.api.core.cql.DefaultBatchType.COUNTER)
        .insert(new Product("p", "n", 1)))
        .hasMessageContaining("A COUNTER batch takes counter increments and decrements only");
  }
}
