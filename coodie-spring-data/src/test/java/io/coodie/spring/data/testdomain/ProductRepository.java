package io.coodie.spring.data.testdomain;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import io.coodie.spring.data.repository.AllowFiltering;
import io.coodie.spring.data.repository.Consistency;
import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.IfExists;
import io.coodie.spring.data.repository.IfNotExists;
import io.coodie.spring.data.repository.Iff;
import io.coodie.spring.data.repository.Query;
import io.coodie.spring.data.repository.Timestamp;
import io.coodie.spring.data.repository.Ttl;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.data.repository.query.Param;

/** Products: derived queries on indexed columns, {@code @Query}, and write methods with options. */
public interface ProductRepository extends CoodieRepository<Product, String> {

  List<Product> findByCategory(String category);

  List<Product> findByCategoryIs(String category);

  List<Product> findByCategoryEquals(String category);

  Optional<Product> findBySku(String sku);

  Product getBySku(String sku);

  List<Product> findByPriceLessThan(int price);

  List<Product> findByPriceLessThanEqual(int price);

  List<Product> findByPriceGreaterThan(int price);

  List<Product> findByPriceGreaterThanEqual(int price);

  List<Product> findByPriceBetween(int from, int to);

  List<Product> findBySkuIn(Collection<String> skus);

  List<Product> findByTagsContaining(String tag);

  List<Product> findByDescriptionLike(String pattern);

  List<Product> findByDescriptionStartingWith(String prefix);

  List<Product> findByDescriptionContaining(String part);

  List<Product> findByActiveTrue();

  List<Product> findByActiveFalse();

  @AllowFiltering // two indexed columns: the server filters on the second
  List<Product> findByCategoryAndActiveTrue(String category);

  @AllowFiltering
  List<Product> findByName(String name);

  @AllowFiltering
  List<Product> findByCategoryAndNameNot(String category, String name);

  long countByCategory(String category);

  int countIntByCategory(String category);

  boolean existsByCategory(String category);

  @Consistency(DefaultConsistencyLevel.ONE)
  CompletableFuture<List<Product>> findAsyncByCategory(String category);

  CompletableFuture<Optional<Product>> findOptionalAsyncBySku(String sku);

  CompletableFuture<Product> findEntityAsyncBySku(String sku);

  CompletableFuture<Long> countAsyncByCategory(String category);

  CompletableFuture<Boolean> existsAsyncByCategory(String category);

  @Query("SELECT * FROM products WHERE category = :category")
  List<Product> byCategoryNamed(@Param("category") String category);

  @Query("SELECT * FROM products WHERE category = :category AND price < :max ALLOW FILTERING")
  List<Product> cheaperIn(String category, int max);

  @Query("SELECT * FROM products WHERE sku = ?0")
  Optional<Product> bySkuIndexed(String sku);

  @Query("SELECT * FROM products WHERE category = ? AND price >= ? ALLOW FILTERING")
  List<Product> byCategoryAndMinPrice(String category, int min);

  @Query("SELECT * FROM products WHERE attributes CONTAINS KEY :key")
  List<Product> withAttribute(String key);

  @Query("SELECT count(*) FROM products WHERE category = ?0")
  long countInCategory(String category);

  @Query("SELECT * FROM products WHERE category = :category")
  CompletableFuture<List<Product>> byCategoryAsync(String category);

  @Query("UPDATE products SET stock = :stock WHERE sku = :sku IF version = :version")
  boolean setStockIfVersion(String sku, int stock, long version);

  @Query("UPDATE products SET stock = :stock WHERE sku = :sku IF name = :name")
  void setStockIfName(String sku, int stock, String name);

  @Ttl(60)
  Product insertWithTtl(Product product);

  void insertWithTtl(Product product, @Ttl Duration ttl);

  void insertWithTtlSeconds(Product product, @Ttl int seconds);

  void insertAt(Product product, @Timestamp Instant at);

  void updateAtMicros(Product product, @Timestamp long micros);

  @IfNotExists
  boolean insertIfAbsent(Product product);

  @IfNotExists
  Product insertNew(Product product);

  @IfNotExists
  CompletableFuture<Boolean> insertIfAbsentAsync(Product product);

  @Iff("version = :expected")
  boolean updateIfVersion(Product product, long expected);

  @Iff("version = :expected AND stock >= :minStock")
  void updateOrFail(Product product, long expected, int minStock);

  @IfExists
  boolean updateExisting(Product product);

  @IfExists
  boolean deleteIfExists(Product product);

  @Iff("version = :version")
  boolean deleteBySku(String sku, long version);

  @Iff("version IN :versions")
  CompletableFuture<Boolean> removeBySku(String sku, List<Long> versions);
}
