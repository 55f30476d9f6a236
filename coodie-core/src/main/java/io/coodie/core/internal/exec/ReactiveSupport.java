package io.coodie.core.internal.exec;

import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.metrics.OperationListener;
import io.coodie.core.api.query.Query;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * The asynchronous operations the reactive API ({@code io.coodie.core.internal.reactive}) is built on, where the
 * public asynchronous API has none: each is the asynchronous twin of a synchronous operation, with the same checks,
 * change tracking and timing. Holds no Reactor type, so nothing here loads Reactor.
 */
public final class ReactiveSupport {

  private ReactiveSupport() {}

  /**
   * Asynchronously the source of {@code query}'s rows, its shape prepared; an invalid query throws here (the caller
   * turns that into an error signal), before anything is sent.
   */
  public static <T> CompletableFuture<RowSource<T>> rows(Query<T> query) {
    return of(query).rowSourceAsync();
  }

  /** Asynchronous {@link Query#exists()}. */
  public static CompletionStage<Boolean> exists(Query<?> query) {
    return of(query).existsAsync();
  }

  /** The listener told of {@code query}'s executions. */
  public static OperationListener listener(Query<?> query) {
    return of(query).operations().context.listener();
  }

  /** The entity type {@code query} reads. */
  public static Class<?> entityType(Query<?> query) {
    return of(query).operations().metadata.javaType();
  }

  /** Asynchronous {@link EntityOperations#deleteById}: the same checks, statement and timing. */
  public static <T> CompletionStage<Void> deleteById(EntityOperations<T> operations, Object[] primaryKey) {
    DefaultEntityOperations<T> ops = of(operations);
    return Timing.async(ops.context, ops.metadata.javaType(), Operation.DELETE, () -> {
      ops.checkKey(primaryKey);
      DefaultDelete<T> delete = ops.deletion(ops.keyState(primaryKey));
      return delete.statementAsync().thenCompose(statement -> ops.context.session().executeAsync(statement))
          .thenAccept(rs -> Writes.check(rs, delete.conditional(), ops, "Conditional " + delete.kind()));
    });
  }

  /**
   * Asynchronous {@link EntityOperations#update(Object, Object)}: the same checks, the same changes written, the
   * same tracking (through the write execution the asynchronous API uses) and timing.
   */
  public static <T> CompletionStage<Void> update(EntityOperations<T> operations, T loaded, T changed) {
    DefaultEntityOperations<T> ops = of(operations);
    return Timing.async(ops.context, ops.metadata.javaType(), Operation.UPDATE,
        () -> ops.updateWriteAsync(loaded, changed).thenCompose(ops::executeAsync));
  }

  private static <T> DefaultQuery<T> of(Query<T> query) {
    if (query instanceof DefaultQuery<T> q) {
      return q;
    }
    throw new IllegalArgumentException("Not a query made by coodie: " + query.getClass().getName());
  }

  private static <T> DefaultEntityOperations<T> of(EntityOperations<T> operations) {
    if (operations instanceof DefaultEntityOperations<T> ops) {
      return ops;
    }
    throw new IllegalArgumentException("Not entity operations made by coodie: " + operations.getClass().getName());
  }
}
