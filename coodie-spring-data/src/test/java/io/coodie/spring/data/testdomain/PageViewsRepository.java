package io.coodie.spring.data.testdomain;

import io.coodie.spring.data.repository.CoodieRepository;

/** Counters, through {@code mutate(id)}. */
public interface PageViewsRepository extends CoodieRepository<PageViews, String> {

  /** Adds one view. */
  default void view(String url) {
    mutate(url).increment("views", 1).execute();
  }
}
