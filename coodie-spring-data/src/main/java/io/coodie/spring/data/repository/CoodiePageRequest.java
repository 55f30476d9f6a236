package io.coodie.spring.data.repository;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A {@link Pageable} that carries Cassandra's paging state: Cassandra pages forward through a result with an opaque
 * state, not by page number or offset. Get the first page with {@link #first(int)} (or any {@code PageRequest} of
 * page 0), then follow {@link CoodieSlice#nextPageable()}; to resume later (for example in a web request), keep
 * {@link CoodieSlice#pagingState()} and pass {@link #of(int, String)}.
 *
 * <pre>{@code
 * CoodieSlice<Reading> page = readings.findBySensor("s1", CoodiePageRequest.first(100));
 * while (page.hasNext()) {
 *   page = readings.findBySensor("s1", page.nextPageable());
 * }
 * }</pre>
 *
 * A plain {@code PageRequest} beyond page 0 is refused by coodie's repositories with a message pointing here. The
 * paging state string is safe to hand to clients: the driver checks it against the query it is used with.
 */
public final class CoodiePageRequest extends PageRequest {

  private static final long serialVersionUID = 1L;

  private final @Nullable String pagingState;

  private CoodiePageRequest(int page, int size, Sort sort, @Nullable String pagingState) {
    super(page, size, sort);
    this.pagingState = pagingState;
  }

  /**
   * The first page.
   *
   * @param size rows per page, at least 1
   * @return the request
   */
  public static CoodiePageRequest first(int size) {
    return first(size, Sort.unsorted());
  }

  /**
   * The first page, ordered (by clustering columns only).
   *
   * @param size rows per page, at least 1
   * @param sort the order
   * @return the request
   */
  public static CoodiePageRequest first(int size, Sort sort) {
    return new CoodiePageRequest(0, size, sort, null);
  }

  /**
   * The page that a paging state designates.
   *
   * @param size rows per page, at least 1
   * @param pagingState a state from {@link CoodieSlice#pagingState()}, or null for the first page
   * @return the request
   */
  public static CoodiePageRequest of(int size, @Nullable String pagingState) {
    return new CoodiePageRequest(pagingState == null ? 0 : 1, size, Sort.unsorted(), pagingState);
  }

  /**
   * The page after {@code current}, resuming at {@code pagingState}.
   *
   * @param current the page just read
   * @param pagingState the state the server returned with it
   * @return the request
   */
  public static CoodiePageRequest next(Pageable current, String pagingState) {
    Objects.requireNonNull(pagingState, "pagingState");
    return new CoodiePageRequest(current.getPageNumber() + 1, current.getPageSize(), current.getSort(), pagingState);
  }

  /**
   * The paging state to resume from.
   *
   * @return the state, empty for the first page
   */
  public Optional<String> pagingState() {
    return Optional.ofNullable(this.pagingState);
  }

  /**
   * Not supported: the next page needs the paging state of this one, see {@link CoodieSlice#nextPageable()}.
   *
   * @throws UnsupportedOperationException always
   */
  @Override
  public PageRequest next() {
    throw new UnsupportedOperationException(
        "Cassandra pages need the paging state of the previous page: use CoodieSlice.nextPageable()");
  }

  @Override
  public PageRequest first() {
    return first(getPageSize(), getSort());
  }

  @Override
  public PageRequest withSort(Sort sort) {
    return new CoodiePageRequest(getPageNumber(), getPageSize(), sort, this.pagingState);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CoodiePageRequest that && super.equals(that)
        && Objects.equals(this.pagingState, that.pagingState);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + Objects.hashCode(this.pagingState);
  }

  @Override
  public String toString() {
    return "CoodiePageRequest[page " + getPageNumber() + ", size " + getPageSize() + ", " + getSort()
        + (this.pagingState == null ? "" : ", paging state " + this.pagingState) + "]";
  }
}
