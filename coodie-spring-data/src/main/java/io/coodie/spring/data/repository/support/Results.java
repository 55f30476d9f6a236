package io.coodie.spring.data.repository.support;

import io.coodie.core.api.LwtException;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Query;
import io.coodie.spring.data.repository.support.ReturnShape.Kind;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;

/** Runs a query or a delete and returns what the method's {@link ReturnShape} declares. */
final class Results {

  private Results() {}

  /**
   * The entities of {@code query} as the method returns them.
   *
   * @param first whether a single result is the first row ({@code findFirst...}) rather than the only one
   */
  static <T> Object find(Query<T> query, ReturnShape shape, Pageable pageable, boolean first) {
    if (shape.async()) {
      CompletionStage<?> result = switch (shape.kind()) {
        case LIST -> pageable.isPaged() ? Paging.sliceAsync(query, pageable).thenApply((slice) -> slice.getContent())
            : query.listAsync();
        case SLICE -> Paging.sliceAsync(query, pageable);
        case OPTIONAL -> first ? query.firstAsync() : query.oneAsync();
        case ENTITY -> (first ? query.firstAsync() : query.oneAsync()).thenApply((found) -> found.orElse(null));
        default -> throw new IllegalStateException("Unexpected result " + shape);
      };
      return result.toCompletableFuture();
    }
    return switch (shape.kind()) {
      case LIST -> pageable.isPaged() ? Paging.slice(query, pageable).getContent() : query.list();
      case STREAM -> query.stream();
      case SLICE -> Paging.slice(query, pageable);
      case OPTIONAL -> first ? query.first() : query.one();
      case ENTITY -> (first ? query.first() : query.one()).orElse(null);
      default -> throw new IllegalStateException("Unexpected result " + shape);
    };
  }

  /** Executes a delete: {@code void}, or {@code boolean} applied (false when a condition did not hold). */
  static Object delete(Delete<?> delete, ReturnShape shape,
      java.util.function.Function<LwtException, RuntimeException> notApplied) {
    if (shape.async()) {
      return applied(delete.executeAsync(), shape, () -> null).exceptionally((failure) -> {
        RuntimeException cause = Concurrently.unwrap(failure);
        throw new CompletionException(cause instanceof LwtException lwt ? notApplied.apply(lwt) : cause);
      });
    }
    if (shape.kind() == Kind.BOOLEAN) {
      return delete.tryExecute();
    }
    try {
      delete.execute();
    } catch (LwtException ex) {
      throw notApplied.apply(ex);
    }
    return null;
  }

  /**
   * The outcome of an asynchronous write: {@code true}/{@code false} for a boolean method (a failed condition is
   * {@code false}), otherwise {@code value} or the failure.
   */
  static CompletableFuture<Object> applied(CompletionStage<Void> write, ReturnShape shape,
      Supplier<@Nullable Object> value) {
    return write.toCompletableFuture().handle((ignored, failure) -> {
      if (failure == null) {
        return shape.kind() == Kind.BOOLEAN ? Boolean.TRUE : value.get();
      }
      RuntimeException cause = Concurrently.unwrap(failure);
      if (cause instanceof LwtException && shape.kind() == Kind.BOOLEAN) {
        return Boolean.FALSE;
      }
      throw cause instanceof CompletionException completion ? completion : new CompletionException(cause);
    });
  }

  /** A single result as the method declares it: the {@code Optional}, or the entity or null. */
  static @Nullable Object single(Optional<?> found, ReturnShape shape) {
    return shape.kind() == Kind.OPTIONAL ? found : found.orElse(null);
  }
}
