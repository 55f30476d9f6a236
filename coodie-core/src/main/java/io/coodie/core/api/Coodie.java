package io.coodie.core.api;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.metrics.OperationListener;
import io.coodie.core.internal.exec.CoodieContext;

/**
 * Entry point of coodie-core: binds entity types to a {@link CqlSession}. Create one per session and share it; it is
 * thread-safe and caches prepared statements and mapping state.
 *
 * <pre>{@code
 * Coodie coodie = Coodie.create(session);
 * EntityOperations<Product> products = coodie.entity(Product.class);
 * products.insert(new Product(...));
 * }</pre>
 */
public final class Coodie {

  /** Default bound of the prepared statement cache, in statement shapes. */
  public static final int DEFAULT_STATEMENT_CACHE_SIZE = 1024;

  private final CoodieContext context;

  private Coodie(CoodieContext context) {
    this.context = context;
  }

  /** A coodie bound to {@code session}, with the default statement cache size. */
  public static Coodie create(CqlSession session) {
    return builder(session).build();
  }

  /** A builder for a coodie bound to {@code session}. */
  public static Builder builder(CqlSession session) {
    return new Builder(session);
  }

  /** Operations on entity type {@code type}, which must be mapped with {@code @Table}. */
  public <T> EntityOperations<T> entity(Class<T> type) {
    return context.operations(type);
  }

  /** A new, empty {@code LOGGED} batch. */
  public Batch batch() {
    return batch(com.datastax.oss.driver.api.core.cql.DefaultBatchType.LOGGED);
  }

  /** A new, empty batch of the given type ({@code LOGGED}, {@code UNLOGGED} or {@code COUNTER}). */
  public Batch batch(com.datastax.oss.driver.api.core.cql.DefaultBatchType type) {
    return context.batch(type);
  }

  /**
   * The reactive API on this coodie: {@code Mono}s and {@code Flux}es over the same session, statement cache, change
   * tracking and listener ({@code coodie.reactive().entity(Product.class).get(sku)}). Cheap; call it as often as
   * needed. Needs Project Reactor ({@code io.projectreactor:reactor-core}, an optional dependency of coodie-core);
   * nothing else in coodie loads it.
   *
   * @throws IllegalStateException if Reactor is not on the classpath
   */
  public io.coodie.core.api.reactive.ReactiveCoodie reactive() {
    return io.coodie.core.internal.reactive.ReactiveEntry.of(this);
  }

  /** The session statements are executed on. */
  public CqlSession session() {
    return context.session();
  }

  /** Configures a {@link Coodie}. */
  public static final class Builder {
    private final CqlSession session;
    private int statementCacheSize = DEFAULT_STATEMENT_CACHE_SIZE;
    private OperationListener listener = OperationListener.NONE;

    private Builder(CqlSession session) {
      if (session == null) {
        throw new IllegalArgumentException("session must not be null");
      }
      this.session = session;
    }

    /**
     * Maximum number of distinct statement shapes kept prepared (default {@value #DEFAULT_STATEMENT_CACHE_SIZE});
     * the oldest are evicted beyond it and prepared again when used.
     */
    public Builder statementCacheSize(int size) {
      if (size < 1) {
        throw new IllegalArgumentException("statementCacheSize must be positive, was " + size);
      }
      this.statementCacheSize = size;
      return this;
    }

    /**
     * The listener told the duration and outcome of every operation, for metrics (default
     * {@link OperationListener#NONE}). Use {@link OperationListener#composite} for several, and
     * {@link io.coodie.core.api.metrics.MicrometerOperationListener} for Micrometer timers.
     */
    public Builder operationListener(OperationListener listener) {
      if (listener == null) {
        throw new IllegalArgumentException("operationListener must not be null; use OperationListener.NONE");
      }
      this.listener = listener;
      return this;
    }

    /** Builds the coodie. */
    public Coodie build() {
      return new Coodie(new CoodieContext(session, statementCacheSize, listener));
    }
  }
}
