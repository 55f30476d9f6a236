package io.coodie.core.api.metrics;

import java.util.List;

/**
 * Told the duration and outcome of every operation coodie performs: the hook behind coodie's metrics. Register
 * one with {@link io.coodie.core.api.Coodie.Builder#operationListener}; {@link MicrometerOperationListener}
 * records Micrometer timers, and the Spring Boot starter installs it when a {@code MeterRegistry} bean exists.
 *
 * <p>The duration runs from the call of the operation's method to its completion: for synchronous methods until
 * they return or throw (including statement preparation on first use and every page {@code list()} fetches), for
 * asynchronous ones until the returned stage completes. {@code stream()} is timed until the stream is returned
 * (its first page read); pages fetched while consuming it are not.
 *
 * <p>Implementations are called on the thread that completes the operation, often a driver I/O thread: they must be
 * thread-safe, fast and must not block. An exception thrown by a listener propagates to the caller.
 */
@FunctionalInterface
public interface OperationListener {

  /** The listener that records nothing: coodie then does not even read the clock. */
  OperationListener NONE = (entityType, operation, outcome, failure, durationNanos) -> { };

  /**
   * Called once for each operation that completed.
   *
   * @param entityType the entity class the operation ran on; {@code null} for a {@link Operation#BATCH}, which may
   *     hold several entity types
   * @param operation what was performed
   * @param outcome how it ended
   * @param failure the exception it ended with, {@code null} on {@link Outcome#SUCCESS}
   * @param durationNanos elapsed wall-clock time in nanoseconds
   */
  void completed(Class<?> entityType, Operation operation, Outcome outcome, Throwable failure, long durationNanos);

  /** A listener that tells each of {@code listeners} in order ({@link #NONE} when the list is empty). */
  static OperationListener composite(List<? extends OperationListener> listeners) {
    List<OperationListener> all = listeners.stream().filter(l -> l != NONE).map(OperationListener.class::cast)
        .toList();
    if (all.isEmpty()) {
      return NONE;
    }
    if (all.size() == 1) {
      return all.get(0);
    }
    return (entityType, operation, outcome, failure, durationNanos) -> {
      for (OperationListener listener : all) {
        listener.completed(entityType, operation, outcome, failure, durationNanos);
      }
    };
  }
}
