package io.coodie.spring.data.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.LwtException;
import io.coodie.spring.data.testdomain.Product;
import io.coodie.spring.data.testdomain.ProductRepository;
import io.coodie.test.support.RecordingTracker;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.junit.jupiter.SpringJUnitConfig;

/**
 * {@link ProductRepository} against the embedded node: derived-query keywords on indexed columns, {@code @Query},
 * and write methods with TTL, timestamp and conditions. Each test uses its own keys and categories.
 */
@SpringJUnitConfig({ NodeRepositories.class, ProductRepositoryIT.Tracking.class })
@TestPropertySource(properties = "test.keyspace=coodie_products_it")
class ProductRepositoryIT {

  /** Every statement the context's session sends, with its values. */
  static final RecordingTracker sent = new RecordingTracker();

  @Configuration(proxyBeanMethods = false)
  static class Tracking {
    @Bean
    RecordingTracker recordingTracker() {
      return sent;
    }
  }

  @Autowired
  ProductRepository products;

  @Autowired
  CqlSession session;

  private static List<String> skus(Collection<Product> found, String prefix) {
    return found.stream().map(Product::sku).filter((sku) -> sku.startsWith(prefix)).sorted().toList();
  }

  private void insert(Product... all) {
    this.products.insert(List.of(all));
  }

  @Test
  void equality() {
    insert(Product.of("eq-1", "eq-a", 1), Product.of("eq-2", "eq-a", 2), Product.of("eq-3", "eq-b", 3));
    assertThat(skus(this.products.findByCategory("eq-a"), "")).containsExactly("eq-1", "eq-2");
    assertThat(skus(this.products.findByCategoryIs("eq-b"), "")).containsExactly("eq-3");
    assertThat(skus(this.products.findByCategoryEquals("eq-a"), "")).containsExactly("eq-1", "eq-2");
    assertThat(this.products.findBySku("eq-3")).get().isEqualTo(Product.of("eq-3", "eq-b", 3));
    assertThat(this.products.findBySku("eq-none")).isEmpty();
    assertThat(this.products.getBySku("eq-2").category()).isEqualTo("eq-a");
    assertThat(this.products.getBySku("eq-none")).isNull();
  }

  @Test
  void comparisonsAndBetweenOnAnSaiIndexedColumn() {
    for (int i = 1; i <= 5; i++) {
      insert(Product.of("cmp-" + i, "cmp", 70_000 + i));
    }
    assertThat(skus(this.products.findByPriceLessThan(70_003), "cmp-")).containsExactly("cmp-1", "cmp-2");
    assertThat(skus(this.products.findByPriceLessThanEqual(70_003), "cmp-")).containsExactly("cmp-1", "cmp-2",
        "cmp-3");
    assertThat(skus(this.products.findByPriceGreaterThan(70_003), "cmp-")).containsExactly("cmp-4", "cmp-5");
    assertThat(skus(this.products.findByPriceGreaterThanEqual(70_004), "cmp-")).containsExactly("cmp-4", "cmp-5");
    assertThat(skus(this.products.findByPriceBetween(70_002, 70_004), "")).containsExactly("cmp-2", "cmp-3",
        "cmp-4");
  }

  @Test
  void inOnThePartitionKey() {
    insert(Product.of("in-1", "in", 1), Product.of("in-2", "in", 2), Product.of("in-3", "in", 3));
    assertThat(skus(this.products.findBySkuIn(List.of("in-1", "in-3", "in-none")), "")).containsExactly("in-1",
        "in-3");
  }

  @Test
  void containingOnASetAndOnText() {
    insert(Product.of("tag-1", "tag", 1).withTags(Set.of("tag-red", "tag-big")),
        Product.of("tag-2", "tag", 1).withTags(Set.of("tag-red")), Product.of("tag-3", "tag", 1));
    assertThat(skus(this.products.findByTagsContaining("tag-red"), "")).containsExactly("tag-1", "tag-2");
    assertThat(skus(this.products.findByTagsContaining("tag-big"), "")).containsExactly("tag-1");
    insert(Product.of("txt-1", "txt", 1).withDescription("a striped zebrafish"),
        Product.of("txt-2", "txt", 1).withDescription("zebrafish food"));
    assertThat(skus(this.products.findByDescriptionContaining("zebrafish"), "")).containsExactly("txt-1", "txt-2");
  }

  @Test
  void likeAndStartingWith() {
    insert(Product.of("like-1", "like", 1).withDescription("quokka plush"),
        Product.of("like-2", "like", 1).withDescription("small quokka"));
    assertThat(skus(this.products.findByDescriptionLike("quokka%"), "")).containsExactly("like-1");
    assertThat(skus(this.products.findByDescriptionLike("%quokka%"), "")).containsExactly("like-1", "like-2");
    assertThat(skus(this.products.findByDescriptionStartingWith("small quo"), "")).containsExactly("like-2");
  }

  @Test
  void trueAndFalse() {
    insert(Product.of("bool-1", "bool", 1), Product.of("bool-2", "bool", 1).withActive(false));
    assertThat(skus(this.products.findByActiveTrue(), "bool-")).containsExactly("bool-1");
    assertThat(skus(this.products.findByActiveFalse(), "bool-")).containsExactly("bool-2");
    assertThat(skus(this.products.findByCategoryAndActiveTrue("bool"), "")).containsExactly("bool-1");
    // the value bound, which the CQL (active=?) does not show
    sent.clear();
    this.products.findByActiveFalse();
    assertThat(sent.awaitBinding(false)).containsExactly("SELECT sku,name,category,price,tags,attributes,description,"
        + "active,version,stock FROM products WHERE active=?");
  }

  @Test
  void allowFilteringAndNot() {
    insert(Product.of("flt-1", "flt", 1).withName("flt-alpha"), Product.of("flt-2", "flt", 1).withName("flt-beta"));
    assertThat(skus(this.products.findByName("flt-alpha"), "")).containsExactly("flt-1");
    assertThat(skus(this.products.findByCategoryAndNameNot("flt", "flt-alpha"), "")).containsExactly("flt-2");
  }

  @Test
  void countAndExists() {
    insert(Product.of("cnt-1", "cnt", 1), Product.of("cnt-2", "cnt", 1), Product.of("cnt-3", "cnt", 1));
    assertThat(this.products.countByCategory("cnt")).isEqualTo(3);
    assertThat(this.products.countIntByCategory("cnt")).isEqualTo(3);
    assertThat(this.products.existsByCategory("cnt")).isTrue();
    assertThat(this.products.existsByCategory("cnt-none")).isFalse();
    // what was sent: a count of the restricted rows, and one key of them, not the rows themselves
    assertThat(this.products.countByCategory("cnt-sent")).isZero();
    assertThat(sent.awaitBinding("cnt-sent")).containsExactly("SELECT count(*) FROM products WHERE category=?");
    assertThat(this.products.existsByCategory("exists-sent")).isFalse();
    assertThat(sent.awaitBinding("exists-sent")).containsExactly("SELECT sku FROM products WHERE category=? LIMIT ?");
  }

  @Test
  void completableFutures() throws Exception {
    insert(Product.of("cf-1", "cf", 1), Product.of("cf-2", "cf", 2));
    assertThat(skus(this.products.findAsyncByCategory("cf").get(10, TimeUnit.SECONDS), ""))
        .containsExactly("cf-1", "cf-2");
    assertThat(this.products.findOptionalAsyncBySku("cf-2").get(10, TimeUnit.SECONDS)).get()
        .extracting(Product::price).isEqualTo(2);
    assertThat(this.products.findOptionalAsyncBySku("cf-none").get(10, TimeUnit.SECONDS)).isEmpty();
    assertThat(this.products.findEntityAsyncBySku("cf-1").get(10, TimeUnit.SECONDS).sku()).isEqualTo("cf-1");
    assertThat(this.products.countAsyncByCategory("cf").get(10, TimeUnit.SECONDS)).isEqualTo(2L);
    assertThat(this.products.existsAsyncByCategory("cf").get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(skus(this.products.byCategoryAsync("cf").get(10, TimeUnit.SECONDS), "")).containsExactly("cf-1",
        "cf-2");
  }

  @Test
  void queryWithNamedAndPositionalParameters() {
    insert(Product.of("q-1", "q", 10).withAttributes(Map.of("q-colour", "red")), Product.of("q-2", "q", 20),
        Product.of("q-3", "q", 30));
    assertThat(skus(this.products.byCategoryNamed("q"), "")).containsExactly("q-1", "q-2", "q-3");
    assertThat(skus(this.products.cheaperIn("q", 25), "")).containsExactly("q-1", "q-2");
    assertThat(this.products.bySkuIndexed("q-2")).get().extracting(Product::price).isEqualTo(20);
    assertThat(skus(this.products.byCategoryAndMinPrice("q", 20), "")).containsExactly("q-2", "q-3");
    assertThat(skus(this.products.withAttribute("q-colour"), "")).containsExactly("q-1");
    assertThat(this.products.countInCategory("q")).isEqualTo(3);
  }

  @Test
  void queryConditionalUpdate() {
    insert(Product.of("qu-1", "qu", 1));
    assertThat(this.products.setStockIfVersion("qu-1", 99, 7)).isFalse();
    assertThat(this.products.setStockIfVersion("qu-1", 99, 1)).isTrue();
    assertThat(this.products.findBySku("qu-1")).get().extracting(Product::stock).isEqualTo(99);
  }

  /** LWT failures name the columns the server returned, never their values (personal data, logged). */
  @Test
  void lwtFailuresNameColumnsNotValues() {
    Product ada = Product.of("pii-1", "pii", 1).withName("ada@example.com");
    assertThat(this.products.insertIfAbsent(ada)).isTrue();
    assertThatExceptionOfType(DuplicateKeyException.class)
        .isThrownBy(() -> this.products.insertNew(ada.withName("other")))
        .withMessageStartingWith("ProductRepository.insertNew(Product): ")
        .havingCause().isInstanceOfSatisfying(LwtException.class, (ex) -> {
          assertThat(ex.getMessage()).contains("was not applied", "The server returned the current values of [")
              .contains("name").doesNotContain("ada@example.com");
          assertThat(ex.existingValues()).containsEntry("name", "ada@example.com");
        });
    assertThatExceptionOfType(OptimisticLockingFailureException.class)
        .isThrownBy(() -> this.products.setStockIfName("pii-1", 5, "someone@else.example"))
        .havingCause().isInstanceOfSatisfying(LwtException.class, (ex) -> {
          assertThat(ex.getMessage()).endsWith("IF name = ?. The server returned the current values of [name];"
              + " read them from existingValues().").doesNotContain("ada@example.com");
          assertThat(ex.existingValues()).containsEntry("name", "ada@example.com");
        });
  }

  @Test
  void ttlConstantOnTheMethod() {
    this.products.insertWithTtl(Product.of("ttl-1", "ttl", 1));
    assertThat(ttl("ttl-1")).isBetween(50, 60);
  }

  @Test
  void ttlFromAParameterAndARowThatExpires() throws InterruptedException {
    this.products.insertWithTtlSeconds(Product.of("ttl-2", "ttl", 1), 120);
    assertThat(ttl("ttl-2")).isBetween(110, 120);
    this.products.insertWithTtl(Product.of("ttl-3", "ttl", 1), Duration.ofSeconds(1));
    assertThat(this.products.findBySku("ttl-3")).isPresent();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (this.products.findBySku("ttl-3").isPresent() && System.nanoTime() < deadline) {
      Thread.sleep(200);
    }
    assertThat(this.products.findBySku("ttl-3")).as("expired row").isEmpty();
    assertThat(this.products.findBySku("ttl-2")).isPresent();
  }

  private int ttl(String sku) {
    return this.session.execute("SELECT TTL(name) FROM products WHERE sku = ?", sku).one().getInt(0);
  }

  @Test
  void timestampFromAnInstantOrMicros() {
    Instant at = Instant.parse("2025-06-01T12:00:00.123456Z");
    this.products.insertAt(Product.of("ts-1", "ts", 1), at);
    assertThat(writetime("ts-1")).isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, at));
    // an older timestamp loses against the newer write
    this.products.updateAtMicros(Product.of("ts-1", "ts", 1).withName("older"), 1_000_000L);
    assertThat(this.products.findBySku("ts-1")).get().extracting(Product::name).isEqualTo("name-ts-1");
    long later = ChronoUnit.MICROS.between(Instant.EPOCH, at) + 1;
    this.products.updateAtMicros(Product.of("ts-1", "ts", 1).withName("newer"), later);
    assertThat(writetime("ts-1")).isEqualTo(later);
    assertThat(this.products.findBySku("ts-1")).get().extracting(Product::name).isEqualTo("newer");
  }

  private long writetime(String sku) {
    Row row = this.session.execute("SELECT WRITETIME(name) FROM products WHERE sku = ?", sku).one();
    return row.getLong(0);
  }

  @Test
  void ifNotExists() throws Exception {
    Product first = Product.of("ine-1", "ine", 1);
    assertThat(this.products.insertIfAbsent(first)).isTrue();
    assertThat(this.products.insertIfAbsent(first.withName("second"))).isFalse();
    assertThat(this.products.insertNew(Product.of("ine-2", "ine", 2))).isEqualTo(Product.of("ine-2", "ine", 2));
    assertThatExceptionOfType(DuplicateKeyException.class)
        .isThrownBy(() -> this.products.insertNew(first.withName("third")))
        .havingCause().isInstanceOfSatisfying(LwtException.class, (ex) -> assertThat(ex.existing(Product.class))
            .get().extracting(Product::name).isEqualTo("name-ine-1"));
    assertThat(this.products.findBySku("ine-1")).get().extracting(Product::name).isEqualTo("name-ine-1");
    assertThat(this.products.insertIfAbsentAsync(Product.of("ine-3", "ine", 3)).get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(this.products.insertIfAbsentAsync(Product.of("ine-3", "ine", 3)).get(10, TimeUnit.SECONDS)).isFalse();
  }

  @Test
  void iffSuccessAndFailure() {
    insert(Product.of("iff-1", "iff", 1));
    assertThat(this.products.updateIfVersion(Product.of("iff-1", "iff", 1).withVersion(2), 5)).isFalse();
    assertThat(this.products.findBySku("iff-1")).get().extracting(Product::version).isEqualTo(1L);
    assertThat(this.products.updateIfVersion(Product.of("iff-1", "iff", 1).withVersion(2), 1)).isTrue();
    assertThat(this.products.findBySku("iff-1")).get().extracting(Product::version).isEqualTo(2L);
    assertThatExceptionOfType(OptimisticLockingFailureException.class)
        .isThrownBy(() -> this.products.updateOrFail(Product.of("iff-1", "iff", 1).withVersion(3), 2, 50))
        .havingCause().isInstanceOfSatisfying(LwtException.class,
            (ex) -> assertThat(ex.existingValues()).containsEntry("stock", 10));
    this.products.updateOrFail(Product.of("iff-1", "iff", 1).withVersion(3), 2, 5);
    assertThat(this.products.findBySku("iff-1")).get().extracting(Product::version).isEqualTo(3L);
  }

  @Test
  void ifExists() {
    assertThat(this.products.updateExisting(Product.of("ie-1", "ie", 1))).isFalse();
    assertThat(this.products.findBySku("ie-1")).isEmpty();
    insert(Product.of("ie-1", "ie", 1));
    assertThat(this.products.updateExisting(Product.of("ie-1", "ie", 1).withName("renamed"))).isTrue();
    assertThat(this.products.findBySku("ie-1")).get().extracting(Product::name).isEqualTo("renamed");
    assertThat(this.products.deleteIfExists(Product.of("ie-1", "ie", 1))).isTrue();
    assertThat(this.products.deleteIfExists(Product.of("ie-1", "ie", 1))).isFalse();
  }

  @Test
  void derivedDeletesWithConditions() throws Exception {
    insert(Product.of("del-1", "del", 1), Product.of("del-2", "del", 1));
    assertThat(this.products.deleteBySku("del-1", 9)).isFalse();
    assertThat(this.products.deleteBySku("del-1", 1)).isTrue();
    assertThat(this.products.findBySku("del-1")).isEmpty();
    assertThat(this.products.removeBySku("del-2", List.of(7L, 8L)).get(10, TimeUnit.SECONDS)).isFalse();
    assertThat(this.products.removeBySku("del-2", List.of(1L, 8L)).get(10, TimeUnit.SECONDS)).isTrue();
    assertThat(this.products.findBySku("del-2")).isEmpty();
  }

  @Test
  void crudAndCollectionOperators() {
    Product product = this.products.save(Product.of("crud-1", "crud", 1));
    assertThat(this.products.existsById("crud-1")).isTrue();
    assertThat(this.products.findById("crud-1")).contains(product);
    this.products.update(product.withName("updated"));
    this.products.mutate("crud-1").append("tags", List.of("crud-tag")).execute();
    assertThat(this.products.findById("crud-1")).get().satisfies((found) -> {
      assertThat(found.name()).isEqualTo("updated");
      assertThat(found.tags()).containsExactly("crud-tag");
    });
    this.products.saveAll(List.of(Product.of("crud-2", "crud", 2), Product.of("crud-3", "crud", 3)));
    assertThat(skus(this.products.findAllById(List.of("crud-3", "crud-none", "crud-2")), ""))
        .containsExactly("crud-2", "crud-3");
    assertThat(skus(this.products.findByPartition("crud-2"), "")).containsExactly("crud-2");
    assertThat(this.products.operations().query().where("category").eq("crud").count()).isEqualTo(3);
    this.products.deleteById("crud-1");
    this.products.deleteAllById(List.of("crud-2"));
    this.products.deleteAll(List.of(Product.of("crud-3", "crud", 3)));
    assertThat(this.products.countByCategory("crud")).isZero();
  }
}
