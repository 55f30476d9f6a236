package io.coodie.core.internal.reactive;

import io.coodie.core.api.LwtException;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.metrics.OperationListener;
import io.coodie.core.api.metrics.Outcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** From coodie's asynchronous operations to Reactor signals. */
final class Signals {

  private Signals() {}

  /**
   * A cold {@code Mono} of an asynchronous operation: {@code call} runs at each subscription, and what it throws is
   * signalled as an error. Cancelling does not cancel the operation's future: that would skip the completion
   * stages that record a write's outcome in the change tracker (a cancelled dependent never runs its action), and
   * cancel prepared shapes other callers share.
   */
  static <R> Mono<R> mono(Supplier<? extends CompletionStage<R>> call) {
    return Mono.<R>fromFuture(() -> toFuture(call.get()), true).onErrorMap(Signals::isWrapper, Signals::cause);
  }

  private static <R> CompletableFuture<R> toFuture(CompletionStage<R> stage) {
    return stage.toCompletableFuture();
  }

  static boolean isWrapper(Throwable error) {
    return (error instanceof CompletionException || error instanceof ExecutionException) && error.getCause() != null;
  }

  /** The failure inside the {@code CompletionException}s and {@code ExecutionException}s wrapping it. */
  static Throwable cause(Throwable error) {
    Throwable cause = error;
    while (isWrapper(cause)) {
      cause = cause.getCause();
    }
    return cause;
  }

  /**
   * {@code flux} timed for {@code listener} from subscription to completion, error or cancellation (cancelling is a
   * {@link Outcome#SUCCESS}: the subscriber had what it wanted); untouched when there is no listener.
   */
  static <T> Flux<T> timed(OperationListener listener, Class<?> type, Operation operation, Flux<T> flux) {
    if (listener == OperationListener.NONE) {
      return flux;
    }
    return Flux.defer(() -> {
      long start = System.nanoTime();
      return flux
          .doOnComplete(() -> listener.completed(type, operation, Outcome.SUCCESS, null, System.nanoTime() - start))
          .doOnError(e -> listener.completed(type, operation,
              e instanceof LwtException ? Outcome.NOT_APPLIED : Outcome.ERROR, e, System.nanoTime() - start))
          .doOnCancel(() -> listener.completed(type, operation, Outcome.SUCCESS, null, System.nanoTime() - start));
    });
  }
}
