package io.coodie.sample.web;

import io.coodie.spring.data.repository.CoodiePageRequest;
import io.coodie.spring.data.repository.CoodieSlice;
import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * One page of a listing. Cassandra pages forward with an opaque paging state, not page numbers: the client passes
 * {@code nextPage} back as {@code ?page=} to get the next page; it is null on the last one.
 *
 * @param items the items of this page
 * @param nextPage the paging state of the next page, or null
 * @param <T> the item type
 */
public record PageResponse<T>(List<T> items, String nextPage) {

  /** Runs {@code query} for the page {@code page} (null: the first) of {@code size} items. */
  public static <T> PageResponse<T> of(int size, String page, Function<Pageable, CoodieSlice<T>> query) {
    CoodieSlice<T> slice;
    try {
      slice = query.apply(CoodiePageRequest.of(size, page));
    } catch (IllegalArgumentException ex) { // the driver refuses a malformed state, or one of another query
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page is not a paging state of this listing");
    }
    return new PageResponse<>(slice.getContent(), slice.pagingState().orElse(null));
  }
}
