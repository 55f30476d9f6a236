package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.QueryValidationException;
import io.coodie.core.api.query.Order;
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

/** Queries and blind writes the server would refuse (or that would scan silently) fail before anything is sent. */
@CassandraTest
class QueryShapeInputIT {

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
  void filteringThatNeedsAllowFiltering() {
    assertThatThrownBy(() -> products.query().where("name").eq("x").list())
        .isInstanceOf(QueryValidationException.class)
        .hasMessageContaining("Filtering on io.coodie.core.it.Shop$Product.name needs an index or allowFiltering()");
    assertThatThrownBy(() -> ledger.query().where("entry").eq(1).list())
        .hasMessageContaining("Restricting the clustering column io.coodie.core.it.Shop$Ledger.entry without the"
            + " whole partition key [account] needs allowFiltering()");
    assertThatThrownBy(() -> ledger.query().where("account").gt("a").list())
        .hasMessageContaining("is a partition key column: it can only be restricted with eq or in");
  }

  @Test
  void orderingByANonClusteringColumn() {
    assertThatThrownBy(() -> ledger.query().where("account").eq("a").orderBy("memo", Order.DESC).list())
        .hasMessageContaining("Cannot order io.coodie.core.it.Shop$Ledger by memo: only clustering columns [entry]");
    assertThatThrownBy(() -> ledger.query().orderBy("entry", Order.DESC).list())
        .hasMessageContaining("Ordering io.coodie.core.it.Shop$Ledger needs the whole partition key [account]");
  }

  @Test
  void updatesAndDeletesMustNameTheirRows() {
    assertThatThrownBy(() -> ledger.query().where("account").eq("a").update().set("memo", "x").execute())
        .hasMessageContaining("An update of io.coodie.core.it.Shop$Ledger must restrict entry with eq or in");
    assertThatThrownBy(() -> ledger.query().where("entry").eq(1).allowFiltering().update().set("balance", 1))
        .hasMessageContaining("takes a query restricted by eq, in or ranges on key columns only");
    assertThatThrownBy(() -> ledger.query().where("entry").eq(1).update().set("balance", 1).execute())
        .hasMessageContaining("must restrict account with eq or in")
        .hasMessageContaining("partition key");
    assertThatThrownBy(() -> ledger.query().where("entry").eq(1).delete().execute())
        .hasMessageContaining("must restrict the partition key column account");
  }
}
