package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop;
import io.coodie.core.it.Shop.Product;
import io.coodie.core.it.StatementLog;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values of the wrong Java type fail at bind time, naming the property and both types; nothing is sent. */
@CassandraTest
class ValueTypeInputIT {

  static StatementLog log;
  static EntityOperations<Product> products;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    products = Coodie.create(log.session).entity(Product.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  @Test
  void wrongTypesAreNamedAndNothingIsSent() {
    log.clear();
    assertThatThrownBy(() -> products.get(42))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("io.coodie.core.it.Shop$Product.sku takes java.lang.String (CQL text)")
        .hasMessageContaining("but was given a java.lang.Integer")
        .hasMessageNotContaining("42"); // bound values may be personal data: never in messages
    assertThatThrownBy(() -> products.query().where("price").eq("cheap").allowFiltering().list())
        .hasMessageContaining("Product.price takes java.lang.Integer");
    assertThatThrownBy(() -> products.mutateById("p").set("price", 9.99).execute())
        .hasMessageContaining("Product.price takes java.lang.Integer")
        .hasMessageContaining("java.lang.Double");
    assertThatThrownBy(() -> products.query().where("sku").in(List.of("a", 1)).list())
        .hasMessageContaining("IN on io.coodie.core.it.Shop$Product.sku");
    assertThatThrownBy(() -> products.mutateById("p").append("tags", List.of(1, 2)).execute())
        .hasMessageContaining("Product.tags");
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void unknownPropertiesAreNamed() {
    assertThatThrownBy(() -> products.query().where("colour"))
        .hasMessageContaining("colour").hasMessageContaining("Shop$Product");
    assertThatThrownBy(() -> products.mutateById("p").set("colour", "red"))
        .hasMessageContaining("colour");
  }
}
