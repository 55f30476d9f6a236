package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.Statement;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.Shop.PageViews;
import io.coodie.core.it.Shop.Product;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Statements that give the same result when replayed are marked idempotent, so the driver may retry them on
 * another node when a coordinator dies; counter deltas, list appends/prepends/removals and conditional writes are
 * not, because a replay would apply them twice or could report a spurious failure.
 */
@CassandraTest
class IdempotenceIT {

  static StatementLog log;
  static EntityOperations<Product> products;
  static EntityOperations<PageViews> views;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Shop.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    Coodie coodie = Coodie.create(log.session);
    products = coodie.entity(Product.class);
    views = coodie.entity(PageViews.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  private static Boolean idempotence(Runnable action) {
    log.clear();
    action.run();
    List<Statement<?>> sent = log.statements();
    assertThat(sent).hasSize(1);
    return sent.get(0).isIdempotent();
  }

  @Test
  void replayableWritesAndReadsAreIdempotent() {
    assertThat(idempotence(() -> products.insert(new Product("i", "n", 1)))).isTrue();
    assertThat(idempotence(() -> products.get("i"))).isTrue();
    assertThat(idempotence(() -> products.query().where("sku").eq("i").list())).isTrue();
    assertThat(idempotence(() -> products.mutateById("i").set("name", "m").execute())).isTrue();
    assertThat(idempotence(() -> products.mutateById("i").append("tags", Set.of("t")).execute())).isTrue();
    assertThat(idempotence(() -> products.deleteById("i"))).isTrue();
  }

  @Test
  void nonReplayableWritesAreNot() {
    assertThat(idempotence(() -> views.mutateById("/").increment("views", 1).execute())).isFalse();
    assertThat(idempotence(() -> products.mutateById("j").append("history", List.of("x")).execute())).isFalse();
    assertThat(idempotence(() -> products.mutateById("j").prepend("history", List.of("y")).execute())).isFalse();
    assertThat(idempotence(() -> products.ifNotExists().insert(new Product("k", "n", 1)))).isFalse();
    assertThat(idempotence(() -> products.mutateById("k").iff("price", 1).set("price", 2).execute())).isFalse();
  }
}
