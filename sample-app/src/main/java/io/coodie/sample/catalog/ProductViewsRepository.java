package io.coodie.sample.catalog;

import io.coodie.spring.data.repository.CoodieRepository;

/** View counters. */
public interface ProductViewsRepository extends CoodieRepository<ProductViews, String> {

  /** {@code UPDATE product_views SET views = views + 1 WHERE sku = ?}. */
  default void increment(String sku) {
    mutate(sku).increment("views", 1).execute();
  }

  /** The views of a product: 0 if it was never viewed. */
  default long views(String sku) {
    return findById(sku).map(ProductViews::views).orElse(0L);
  }
}
