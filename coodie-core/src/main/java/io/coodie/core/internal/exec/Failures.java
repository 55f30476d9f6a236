package io.coodie.core.internal.exec;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Unwraps asynchronous failures so synchronous callers see the original exception. */
final class Failures {

  private Failures() {}

  static RuntimeException unwrap(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException r) {
      return r;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException(cause);
  }
}
