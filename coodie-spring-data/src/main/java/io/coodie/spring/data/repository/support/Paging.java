package io.coodie.spring.data.repository.support;

import io.coodie.core.api.query.Order;
import io.coodie.core.api.query.Page;
import io.coodie.core.api.query.Query;
import io.coodie.spring.data.repository.CoodiePageRequest;
import io.coodie.spring.data.repository.CoodieSlice;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Reads {@link CoodieSlice}s of a query for a Spring Data {@link Pageable}. */
final class Paging {

  private Paging() {}

  /** One slice: the pageable's size and paging state (an unpaged pageable reads everything in one slice). */
  static <T> CoodieSlice<T> slice(Query<T> query, Pageable pageable) {
    if (pageable.isUnpaged()) {
      return new CoodieSlice<>(query.list(), pageable, null);
    }
    Page<T> page = query.page(pageable.getPageSize(), pagingState(pageable));
    return new CoodieSlice<>(page.items(), pageable, page.pagingState().orElse(null));
  }

  /** Asynchronous {@link #slice}. */
  static <T> CompletionStage<CoodieSlice<T>> sliceAsync(Query<T> query, Pageable pageable) {
    if (pageable.isUnpaged()) {
      return query.listAsync().thenApply((items) -> new CoodieSlice<>(items, pageable, null));
    }
    return query.pageAsync(pageable.getPageSize(), pagingState(pageable))
        .thenApply((page) -> new CoodieSlice<>(page.items(), pageable, page.pagingState().orElse(null)));
  }

  /**
   * The paging state of a pageable: a {@link CoodiePageRequest}'s, or none for page 0 of any other pageable.
   *
   * @throws IllegalArgumentException for page 1 or more of another pageable: Cassandra cannot skip to a page
   */
  static @Nullable String pagingState(Pageable pageable) {
    if (pageable instanceof CoodiePageRequest request) {
      return request.pagingState().orElse(null);
    }
    if (pageable.isPaged() && pageable.getPageNumber() > 0) {
      throw new IllegalArgumentException("Cassandra cannot skip to page " + pageable.getPageNumber()
          + ": it pages forward with a paging state. Read page 0, then pass slice.nextPageable()"
          + " (a CoodiePageRequest), or CoodiePageRequest.of(size, pagingState)");
    }
    return null;
  }

  /** The query ordered by {@code sort} (clustering columns only; the query validates that). */
  static <T> Query<T> sorted(Query<T> query, Sort sort) {
    Query<T> sorted = query;
    for (Sort.Order order : sort) {
      if (order.isIgnoreCase()) {
        throw new IllegalArgumentException("Cassandra cannot order ignoring case: " + order);
      }
      sorted = sorted.orderBy(order.getProperty(), order.isAscending() ? Order.ASC : Order.DESC);
    }
    return sorted;
  }
}
