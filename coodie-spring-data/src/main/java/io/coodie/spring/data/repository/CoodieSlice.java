package io.coodie.spring.data.repository;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.SliceImpl;

/**
 * A {@link org.springframework.data.domain.Slice} of query results with the Cassandra paging state to read the next
 * one. {@link #hasNext()} is true when the server returned a paging state: the next slice may still be empty (the
 * server cannot always tell that the previous page was the last).
 *
 * @param <T> the element type
 */
public final class CoodieSlice<T> extends SliceImpl<T> {

  private static final long serialVersionUID = 1L;

  private final @Nullable String pagingState;

  /**
   * Creates a slice.
   *
   * @param content the elements
   * @param pageable the request that read them
   * @param pagingState the state to read the next slice, null on the last
   */
  public CoodieSlice(List<T> content, Pageable pageable, @Nullable String pagingState) {
    super(content, pageable, pagingState != null);
    this.pagingState = pagingState;
  }

  /**
   * The paging state to read the next slice: pass it to {@link CoodiePageRequest#of(int, String)}, or use
   * {@link #nextPageable()}.
   *
   * @return the state, empty on the last slice
   */
  public Optional<String> pagingState() {
    return Optional.ofNullable(this.pagingState);
  }

  /**
   * The request of the next slice, a {@link CoodiePageRequest} carrying the paging state.
   *
   * @return the request, or {@link Pageable#unpaged()} on the last slice
   */
  @Override
  public Pageable nextPageable() {
    return this.pagingState == null ? Pageable.unpaged() : CoodiePageRequest.next(getPageable(), this.pagingState);
  }

  @Override
  public <U> CoodieSlice<U> map(Function<? super T, ? extends U> converter) {
    return new CoodieSlice<>(getConvertedContent(converter), getPageable(), this.pagingState);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof CoodieSlice<?> that && super.equals(that)
        && java.util.Objects.equals(this.pagingState, that.pagingState);
  }

  @Override
  public int hashCode() {
    return 31 * super.hashCode() + java.util.Objects.hashCode(this.pagingState);
  }
}
