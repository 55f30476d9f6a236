package io.coodie.core.api.query;

import java.util.List;
import java.util.Optional;

/**
 * One page of query results and the state to fetch the next one.
 *
 * <p>The paging state is an opaque string, safe to hand to clients (it is checked by the driver against the query
 * it is used with). Pass it to {@link Query#page(int, String)} to resume.
 *
 * @param items the entities of this page, in result order
 * @param pagingState the state to fetch the next page, empty on the last page
 * @param <T> the entity type
 */
public record Page<T>(List<T> items, Optional<String> pagingState) {

  public Page {
    items = List.copyOf(items);
  }

  /** Whether another page may follow. */
  public boolean hasNext() {
    return pagingState.isPresent();
  }
}
