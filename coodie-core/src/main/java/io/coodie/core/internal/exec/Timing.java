package io.coodie.core.internal.exec;

import io.coodie.core.api.LwtException;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.metrics.OperationListener;
import io.coodie.core.api.metrics.Outcome;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

/** Times operations for the context's {@link OperationListener}; runs the body untouched when there is none. */
final class Timing {

  private Timing() {
  }

  static void run(CoodieContext context, Class<?> type, Operation operation, Runnable body) {
    call(context, type, operation, () -> {
      body.run();
      return null;
    });
  }

  static <R> R call(CoodieContext context, Class<?> type, Operation operation, Supplier<R> body) {
    return timed(context, type, operation, body, result -> true);
  }

  /** Times a conditional write that reports whether it applied: {@code false} is {@link Outcome#NOT_APPLIED}. */
  static boolean applied(CoodieContext context, Class<?> type, Operation operation,
      java.util.function.BooleanSupplier body) {
    return timed(context, type, operation, body::getAsBoolean, Boolean::booleanValue);
  }

  private static <R> R timed(CoodieContext context, Class<?> type, Operation operation, Supplier<R> body,
      java.util.function.Predicate<R> applied) {
    OperationListener listener = context.listener();
    if (listener == OperationListener.NONE) {
      return body.get();
    }
    long start = System.nanoTime();
    R result;
    try {
      result = body.get();
    } catch (RuntimeException | Error e) {
      failed(listener, type, operation, e, start);
      throw e;
    }
    Outcome outcome = applied.test(result) ? Outcome.SUCCESS : Outcome.NOT_APPLIED;
    listener.completed(type, operation, outcome, null, System.nanoTime() - start);
    return result;
  }

  static <R> CompletionStage<R> async(CoodieContext context, Class<?> type, Operation operation,
      Supplier<? extends CompletionStage<R>> body) {
    OperationListener listener = context.listener();
    if (listener == OperationListener.NONE) {
      return body.get();
    }
    long start = System.nanoTime();
    CompletionStage<R> stage;
    try {
      stage = body.get();
    } catch (RuntimeException | Error e) {
      failed(listener, type, operation, e, start);
      throw e;
    }
    CompletableFuture<R> timed = new CompletableFuture<>();
    stage.whenComplete((result, error) -> {
      try {
        if (error == null) {
          listener.completed(type, operation, Outcome.SUCCESS, null, System.nanoTime() - start);
        } else {
          failed(listener, type, operation, Failures.cause(error), start);
        }
      } catch (RuntimeException | Error listenerFailure) {
        timed.completeExceptionally(listenerFailure);
        return;
      }
      if (error == null) {
        timed.complete(result);
      } else {
        timed.completeExceptionally(error);
      }
    });
    return timed;
  }

  private static void failed(OperationListener listener, Class<?> type, Operation operation, Throwable failure,
      long start) {
    Outcome outcome = failure instanceof LwtException ? Outcome.NOT_APPLIED : Outcome.ERROR;
    listener.completed(type, operation, outcome, failure, System.nanoTime() - start);
  }
}
