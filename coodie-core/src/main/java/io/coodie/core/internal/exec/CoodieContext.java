package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metrics.OperationListener;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.internal.cql.RenderedStatement;
import io.coodie.core.internal.cql.StatementSpec;
import io.coodie.core.internal.mapping.CodecFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Per-session state behind a {@code Coodie}: the bounded cache of prepared shapes and the entity operations. */
public final class CoodieContext {

  private final CqlSession session;
  private final ShapeCodecs codecs;
  private final BoundedCache<ShapeKey, CompletableFuture<PreparedShape>> shapes;
  private final ConcurrentMap<Class<?>, EntityOperations<?>> operations = new ConcurrentHashMap<>();
  private final ChangeTracker tracker = new ChangeTracker();
  private final OperationListener listener;
  private static final Runnable NO_CHECK = () -> { };

  /** Creates the context of one session. */
  public CoodieContext(CqlSession session, int statementCacheSize, OperationListener listener) {
    this.session = session;
    this.listener = listener;
    this.codecs = new ShapeCodecs(session.getContext().getCodecRegistry(),
        new CodecFactory(session.getContext().getCodecRegistry()));
    this.shapes = new BoundedCache<>(statementCacheSize);
  }

  /** A new batch of the given type. */
  public io.coodie.core.api.Batch batch(com.datastax.oss.driver.api.core.cql.DefaultBatchType type) {
    return new DefaultBatch(this, type);
  }

  @SuppressWarnings("unchecked")
  <T> DefaultEntityOperations<T> operationsOf(T entity) {
    if (entity == null) {
      throw new IllegalArgumentException("Cannot add a null entity to a batch");
    }
    EntityOperations<?> ops = operations(entity.getClass());
    return (DefaultEntityOperations<T>) ops;
  }

  ChangeTracker tracker() {
    return tracker;
  }

  OperationListener listener() {
    return listener;
  }

  ShapeCodecs codecs() {
    return codecs;
  }

  /** The session. */
  public CqlSession session() {
    return session;
  }

  /** The (cached) operations of an entity type. */
  @SuppressWarnings("unchecked")
  public <T> EntityOperations<T> operations(Class<T> type) {
    return (EntityOperations<T>) operations.computeIfAbsent(type,
        t -> DefaultEntityOperations.create(this, EntityMetadata.of(type)));
  }

  /** The prepared shape of {@code spec}, preparing it on first use. */
  PreparedShape shape(EntityMetadata<?> metadata, StatementSpec spec) {
    return shape(metadata, spec, NO_CHECK);
  }

  /** The prepared shape of {@code spec}, running {@code check} (which may throw) before preparing it. */
  PreparedShape shape(EntityMetadata<?> metadata, StatementSpec spec, Runnable check) {
    return Failures.join(shapeAsync(metadata, spec, check));
  }

  /** Asynchronously the prepared shape of {@code spec}; a failed preparation is not cached. */
  CompletableFuture<PreparedShape> shapeAsync(EntityMetadata<?> metadata, StatementSpec spec) {
    return shapeAsync(metadata, spec, NO_CHECK);
  }

  /**
   * Asynchronously the prepared shape of {@code spec}. A shape not prepared yet is first checked with {@code check},
   * which throws (synchronously) if the statement is invalid: a cached shape passed it already, so checks that
   * depend on the shape alone run once per shape, not per call.
   */
  CompletableFuture<PreparedShape> shapeAsync(EntityMetadata<?> metadata, StatementSpec spec, Runnable check) {
    ShapeKey key = new ShapeKey(metadata.javaType(), spec);
    CompletableFuture<PreparedShape> cached = shapes.get(key);
    if (cached != null) {
      if (!cached.isCompletedExceptionally()) {
        return cached;
      }
      shapes.remove(key, cached);
    }
    check.run();
    RenderedStatement rendered = spec.render();
    CompletableFuture<PreparedShape> prepared = session.prepareAsync(SimpleStatement.newInstance(rendered.cql()))
        .toCompletableFuture()
        .thenApply(ps -> new PreparedShape(spec, rendered, ps, metadata, codecs));
    CompletableFuture<PreparedShape> winner = shapes.put(key, prepared);
    if (winner == prepared) {
      prepared.whenComplete((shape, error) -> {
        if (error != null) {
          shapes.remove(key, prepared);
        }
      });
    }
    return winner;
  }
}
