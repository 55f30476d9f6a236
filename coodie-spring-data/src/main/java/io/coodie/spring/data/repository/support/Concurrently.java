package io.coodie.spring.data.repository.support;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/** Runs one asynchronous statement per element, a bounded number in flight, and waits for all of them. */
final class Concurrently {

  /** Statements in flight at once: enough to hide latency, few enough not to flood a connection. */
  static final int WINDOW = 64;

  private Concurrently() {}

  /** The results of {@code action} on each element, in element order; the first failure is rethrown. */
  static <E, R> List<R> map(Iterable<E> elements, Function<? super E, ? extends CompletionStage<R>> action) {
    List<R> results = new ArrayList<>();
    List<CompletableFuture<R>> window = new ArrayList<>(WINDOW);
    for (E element : elements) {
      window.add(action.apply(element).toCompletableFuture());
      if (window.size() == WINDOW) {
        drain(window, results);
      }
    }
    drain(window, results);
    return results;
  }

  private static <R> void drain(List<CompletableFuture<R>> window, List<R> results) {
    for (CompletableFuture<R> future : window) {
      results.add(join(future));
    }
    window.clear();
  }

  /** The future's value; its failure is rethrown as the original runtime exception, not wrapped. */
  static <R> R join(CompletionStage<R> stage) {
    try {
      return stage.toCompletableFuture().get();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for Cassandra", ex);
    } catch (ExecutionException ex) {
      throw unwrap(ex.getCause());
    }
  }

  static RuntimeException unwrap(Throwable failure) {
    Throwable cause = failure;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
      cause = cause.getCause();
    }
    if (cause instanceof RuntimeException runtime) {
      return runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    return new CompletionException(cause);
  }
}
