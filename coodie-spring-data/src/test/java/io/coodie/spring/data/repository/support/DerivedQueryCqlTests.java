package io.coodie.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.coodie.spring.data.testdomain.PageViewsRepository;
import io.coodie.spring.data.testdomain.ProductRepository;
import io.coodie.spring.data.testdomain.ReadingRepository;
import io.coodie.spring.data.testdomain.TokenRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The CQL each derived-query keyword produces (rendered by coodie-core, with placeholders), without Cassandra. */
class DerivedQueryCqlTests {

  private static final OfflineRepositories repositories = new OfflineRepositories();

  private static final String PRODUCT = "SELECT sku,name,category,price,tags,attributes,description,active,version,stock"
      + " FROM products WHERE ";

  private static final String READING = "SELECT sensor,at,value,note FROM readings WHERE ";

  @BeforeAll
  static void createRepositories() {
    repositories.create(ProductRepository.class);
    repositories.create(ReadingRepository.class);
    repositories.create(PageViewsRepository.class);
    repositories.create(TokenRepository.class);
  }

  private static String cql(String method, int parameters) {
    return repositories.cql(method, parameters);
  }

  @Test
  void equalityWithoutKeywordIsAndEquals() {
    assertThat(cql("findByCategory", 1)).isEqualTo(PRODUCT + "category=?");
    assertThat(cql("findByCategoryIs", 1)).isEqualTo(PRODUCT + "category=?");
    assertThat(cql("findByCategoryEquals", 1)).isEqualTo(PRODUCT + "category=?");
    assertThat(cql("findBySku", 1)).isEqualTo(PRODUCT + "sku=?");
    assertThat(cql("getBySku", 1)).isEqualTo(PRODUCT + "sku=?");
  }

  @Test
  void comparisons() {
    assertThat(cql("findByPriceLessThan", 1)).isEqualTo(PRODUCT + "price<?");
    assertThat(cql("findByPriceLessThanEqual", 1)).isEqualTo(PRODUCT + "price<=?");
    assertThat(cql("findByPriceGreaterThan", 1)).isEqualTo(PRODUCT + "price>?");
    assertThat(cql("findByPriceGreaterThanEqual", 1)).isEqualTo(PRODUCT + "price>=?");
    assertThat(cql("findBySensorAndAtLessThan", 2)).isEqualTo(READING + "sensor=? AND at<?");
    assertThat(cql("findBySensorAndAtLessThanEqual", 2)).isEqualTo(READING + "sensor=? AND at<=?");
    assertThat(cql("findBySensorAndAtGreaterThan", 2)).isEqualTo(READING + "sensor=? AND at>?");
    assertThat(cql("findBySensorAndAtGreaterThanEqual", 2)).isEqualTo(READING + "sensor=? AND at>=?");
    assertThat(cql("findBySensorAndAtBefore", 2)).isEqualTo(READING + "sensor=? AND at<?");
    assertThat(cql("findBySensorAndAtAfter", 2)).isEqualTo(READING + "sensor=? AND at>?");
  }

  @Test
  void betweenIncludesBothBounds() {
    assertThat(cql("findByPriceBetween", 2)).isEqualTo(PRODUCT + "price>=? AND price<=?");
    assertThat(cql("findBySensorAndAtBetween", 3)).isEqualTo(READING + "sensor=? AND at>=? AND at<=?");
  }

  @Test
  void in() {
    assertThat(cql("findBySkuIn", 1)).isEqualTo(PRODUCT + "sku IN ?");
    assertThat(cql("findBySensorIn", 1)).isEqualTo(READING + "sensor IN ?");
    assertThat(cql("findBySensorAndAtIn", 2)).isEqualTo(READING + "sensor=? AND at IN ?");
  }

  @Test
  void containingIsContainsOnACollectionAndLikeOnText() {
    assertThat(cql("findByTagsContaining", 1)).isEqualTo(PRODUCT + "tags CONTAINS ?");
    assertThat(cql("findByDescriptionContaining", 1)).isEqualTo(PRODUCT + "description LIKE ?");
  }

  @Test
  void likeAndStartingWith() {
    assertThat(cql("findByDescriptionLike", 1)).isEqualTo(PRODUCT + "description LIKE ?");
    assertThat(cql("findByDescriptionStartingWith", 1)).isEqualTo(PRODUCT + "description LIKE ?");
  }

  @Test
  void trueAndFalse() {
    assertThat(cql("findByActiveTrue", 0)).isEqualTo(PRODUCT + "active=?");
    assertThat(cql("findByActiveFalse", 0)).isEqualTo(PRODUCT + "active=?");
    assertThat(cql("findByCategoryAndActiveTrue", 1)).isEqualTo(PRODUCT + "category=? AND active=? ALLOW FILTERING");
  }

  @Test
  void allowFilteringWhenAnnotated() {
    assertThat(cql("findByName", 1)).isEqualTo(PRODUCT + "name=? ALLOW FILTERING");
    assertThat(cql("findByValueGreaterThan", 1)).isEqualTo(READING + "value>? ALLOW FILTERING");
    // Not is evaluated by coodie on the rows read, so it is not in the CQL
    assertThat(cql("findByCategoryAndNameNot", 2)).isEqualTo(PRODUCT + "category=? ALLOW FILTERING");
  }

  @Test
  void orderByFirstTopAndDistinct() {
    assertThat(cql("findBySensorOrderByAtDesc", 1)).isEqualTo(READING + "sensor=? ORDER BY at DESC");
    assertThat(cql("findFirstBySensorOrderByAtDesc", 1)).isEqualTo(READING + "sensor=? ORDER BY at DESC LIMIT ?");
    assertThat(cql("findTop3BySensorOrderByAtDesc", 1)).isEqualTo(READING + "sensor=? ORDER BY at DESC LIMIT ?");
    assertThat(cql("findSliceBySensorOrderByAtDesc", 2)).isEqualTo(READING + "sensor=? ORDER BY at DESC");
    assertThat(cql("findDistinctBy", 0)).isEqualTo("SELECT DISTINCT sensor FROM readings");
  }

  @Test
  void countExistsAndDelete() {
    assertThat(cql("countByCategory", 1)).isEqualTo(PRODUCT + "category=?");
    assertThat(cql("existsByCategory", 1)).isEqualTo(PRODUCT + "category=?");
    assertThat(cql("deleteBySensorAndAt", 2)).isEqualTo("DELETE FROM readings WHERE sensor=? AND at=?");
    assertThat(cql("deleteBySensor", 2)).isEqualTo("DELETE FROM readings USING TIMESTAMP ? WHERE sensor=?");
    assertThat(cql("deleteBySku", 2)).isEqualTo("DELETE FROM products WHERE sku=? IF version=?");
  }

  @Test
  void queryAnnotationMarkersBecomePlainMarkers() {
    assertThat(cql("byCategoryNamed", 1)).isEqualTo("SELECT * FROM products WHERE category = ?");
    assertThat(cql("bySkuIndexed", 1)).isEqualTo("SELECT * FROM products WHERE sku = ?");
    assertThat(cql("withAttribute", 1)).isEqualTo("SELECT * FROM products WHERE attributes CONTAINS KEY ?");
    assertThat(cql("countInCategory", 1)).isEqualTo("SELECT count(*) FROM products WHERE category = ?");
  }
}
