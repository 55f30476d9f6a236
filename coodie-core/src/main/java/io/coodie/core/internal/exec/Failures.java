package io.coodie.core.internal.exec;

import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

/** Unwraps asynchronous failures so synchronous callers see the original exception. */
final class Failures {

  private Failures() {}

  /** Waits for {@code stage}; a failure is thrown as the original exception, not a {@code CompletionException}. */
  static <T> T join(CompletionStage<T> stage) {
    try {
      return stage.toCompletableFuture().join();
    } catch (CompletionException e) {
      throw unwrap(e);
    }
  }

  /** The failure inside the {@code CompletionException}s and {@code ExecutionException}s wrapping it. */
  static Throwable cause(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause;
  }

  static RuntimeException unwrap(Throwable error) {
    Throwable cause = cause(error);
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
