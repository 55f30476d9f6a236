package io.coodie.core.api.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Records every coodie operation in the Micrometer timer {@value #METRIC_NAME}, tagged with
 * <ul>
 *   <li>{@code entity}: the entity class's simple name ({@code "batch"} for batches),</li>
 *   <li>{@code operation}: {@link Operation#tagValue()}, for example {@code get}, {@code query}, {@code save},</li>
 *   <li>{@code outcome}: {@code success}, {@code not_applied} (an LWT that did not apply) or {@code error},</li>
 *   <li>{@code exception}: the simple name of the failure's class, {@code none} on success.</li>
 * </ul>
 * Percentiles, histograms and SLO buckets are configured on the registry (in Spring Boot with
 * {@code management.metrics.distribution.*.coodie.operations}). Needs {@code io.micrometer:micrometer-core} on the
 * classpath, an optional dependency of coodie-core.
 */
public final class MicrometerOperationListener implements OperationListener {

  /** Name of the timer. */
  public static final String METRIC_NAME = "coodie.operations";

  private final MeterRegistry registry;
  private final Tags extraTags;
  private final Map<Key, Timer> timers = new ConcurrentHashMap<>();

  /** A listener recording into {@code registry}. */
  public MicrometerOperationListener(MeterRegistry registry) {
    this(registry, Tags.empty());
  }

  /** A listener recording into {@code registry}, adding {@code extraTags} to every timer (a session name, say). */
  public MicrometerOperationListener(MeterRegistry registry, Iterable<io.micrometer.core.instrument.Tag> extraTags) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.extraTags = Tags.of(extraTags);
  }

  @Override
  public void completed(Class<?> entityType, Operation operation, Outcome outcome, Throwable failure,
      long durationNanos) {
    Key key = new Key(entityType, operation, outcome, failure == null ? null : failure.getClass());
    timers.computeIfAbsent(key, this::register).record(durationNanos, TimeUnit.NANOSECONDS);
  }

  private Timer register(Key key) {
    return Timer.builder(METRIC_NAME)
        .description("Duration of coodie operations")
        .tags(extraTags)
        .tag("entity", key.entityType == null ? "batch" : key.entityType.getSimpleName())
        .tag("operation", key.operation.tagValue())
        .tag("outcome", key.outcome.tagValue())
        .tag("exception", key.failure == null ? "none" : simpleName(key.failure))
        .register(registry);
  }

  private static String simpleName(Class<?> type) {
    String name = type.getSimpleName();
    return name.isEmpty() ? type.getName() : name;
  }

  private record Key(Class<?> entityType, Operation operation, Outcome outcome, Class<?> failure) {
  }
}
