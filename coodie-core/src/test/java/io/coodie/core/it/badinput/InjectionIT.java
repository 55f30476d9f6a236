package io.coodie.core.it.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop;
import io.coodie.core.it.Shop.Product;
import io.coodie.core.it.StatementLog;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values that would be CQL injection if concatenated are always bound: stored verbatim, never part of the CQL. */
@CassandraTest
class InjectionIT {

  static final String HOSTILE = "x'; DROP TABLE product; --";
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
  void everyValueIsBound() {
    Product p = new Product(HOSTILE, HOSTILE, 1);
    p.tags.add(HOSTILE);
    p.attrs.put(HOSTILE, HOSTILE);
    products.insert(p);
    products.mutateById(HOSTILE).iff("name", HOSTILE).set("name", HOSTILE + "2").execute();
    products.mutateById(HOSTILE).put("attrs", Map.of("k", HOSTILE)).append("tags", Set.of(HOSTILE + "3")).execute();
    List<Product> found = products.query().where("sku").in(HOSTILE).list();
    products.query().where("tags").contains(HOSTILE).allowFiltering().list();

    assertThat(found).singleElement().satisfies(read -> {
      assertThat(read.sku).isEqualTo(HOSTILE);
      assertThat(read.name).isEqualTo(HOSTILE + "2");
      assertThat(read.tags).contains(HOSTILE, HOSTILE + "3");
      assertThat(read.attrs).containsEntry(HOSTILE, HOSTILE).containsEntry("k", HOSTILE);
    });
    for (Statement<?> statement : log.statements()) {
      assertThat(statement).isInstanceOf(BoundStatement.class);
      assertThat(((BoundStatement) statement).getPreparedStatement().getQuery()).doesNotContain("DROP");
    }
    assertThat(log.session.execute("SELECT count(*) FROM product").one().getLong(0)).isEqualTo(1);
  }
}
