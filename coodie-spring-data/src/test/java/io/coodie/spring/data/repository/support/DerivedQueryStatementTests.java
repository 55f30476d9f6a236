package io.coodie.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.coodie.spring.data.testdomain.ProductRepository;
import io.coodie.test.support.RecordingSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The statement a derived query sends when called (not the find query it was derived from), offline: the recording
 * session sees the preparation, which then fails.
 */
class DerivedQueryStatementTests {

  private final RecordingSession recording = RecordingSession.offline();

  private ProductRepository products;

  @BeforeEach
  void createRepository() {
    this.products = new OfflineRepositories(this.recording.session()).create(ProductRepository.class);
    this.recording.clear();
  }

  /** What calling {@code call} prepared (it fails offline, after preparing). */
  private String sent(Runnable call) {
    this.recording.clear();
    Throwable failure = catchThrowable(call::run);
    if (failure == null) {
      throw new AssertionError("an offline call succeeded");
    }
    assertThat(this.recording.prepared()).as("statements prepared").hasSize(1);
    return this.recording.prepared().get(0);
  }

  private void sentAsync(java.util.function.Supplier<java.util.concurrent.CompletableFuture<?>> call,
      String expected) {
    this.recording.clear();
    assertThat(call.get()).isCompletedExceptionally();
    // (a partial read also prepares the entity's read by key, to decode with: never the restricted rows whole)
    assertThat(this.recording.prepared()).first().isEqualTo(expected);
    assertThat(this.recording.prepared()).noneMatch((cql) -> cql.contains("WHERE category=?") && !cql.equals(expected));
  }

  @Test
  void countSendsACountOfTheRestrictedRows() {
    assertThat(sent(() -> this.products.countByCategory("c")))
        .isEqualTo("SELECT count(*) FROM products WHERE category=?");
    assertThat(sent(() -> this.products.countIntByCategory("c")))
        .isEqualTo("SELECT count(*) FROM products WHERE category=?");
    sentAsync(() -> this.products.countAsyncByCategory("c"), "SELECT count(*) FROM products WHERE category=?");
  }

  @Test
  void existsReadsOneKeyOfTheRestrictedRows() {
    assertThat(sent(() -> this.products.existsByCategory("c")))
        .isEqualTo("SELECT sku FROM products WHERE category=? LIMIT ?");
    sentAsync(() -> this.products.existsAsyncByCategory("c"), "SELECT sku FROM products WHERE category=? LIMIT ?");
  }

  @Test
  void findReadsTheRestrictedRows() {
    assertThat(sent(() -> this.products.findByCategory("c"))).isEqualTo("SELECT sku,name,category,price,tags,"
        + "attributes,description,active,version,stock FROM products WHERE category=?");
  }
}
