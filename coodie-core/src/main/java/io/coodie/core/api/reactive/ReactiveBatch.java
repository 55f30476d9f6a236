package io.coodie.core.api.reactive;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Update;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * A batch of writes executed as one request, from {@link ReactiveCoodie#batch()}: {@link io.coodie.core.api.Batch}
 * with a reactive {@link #execute()}. It collects writes until executed and is not thread-safe; as in
 * {@code Batch}, each write takes its entity's state when it is added (a save of a tracked entity with no change
 * adds nothing), and additions check their arguments at once.
 *
 * <pre>{@code
 * coodie.reactive().batch()
 *     .insert(order)
 *     .insert(products.ttl(3600), reservation)
 *     .add(stock.mutateById(sku).iff("available", 5).set("available", 4))
 *     .execute()                                   // Mono<Void>: onError(LwtException) if a condition failed
 *     .subscribe();
 * }</pre>
 *
 * <p>An empty batch executes nothing. A conditional batch is applied entirely or not at all.
 */
public interface ReactiveBatch {

  /** Adds an insert of {@code entity} through its type's default operations. */
  ReactiveBatch insert(Object entity);

  /** Adds an insert carrying {@code operations}' options (TTL, timestamp, IF NOT EXISTS). */
  <T> ReactiveBatch insert(ReactiveEntityOperations<T> operations, T entity);

  /** Adds a save: the changed columns of a tracked entity (nothing if none), else an upsert. */
  ReactiveBatch save(Object entity);

  /** Adds a save carrying {@code operations}' options. */
  <T> ReactiveBatch save(ReactiveEntityOperations<T> operations, T entity);

  /** Adds a delete of {@code entity}'s row. */
  ReactiveBatch delete(Object entity);

  /** Adds a delete carrying {@code operations}' options. */
  <T> ReactiveBatch delete(ReactiveEntityOperations<T> operations, T entity);

  /** Adds an update built with {@code mutate(...)}, {@code mutateById(...)} or {@code query().update()}. */
  ReactiveBatch add(Update<?> update);

  /** Adds a delete built with {@code query().delete()}. */
  ReactiveBatch add(Delete<?> delete);

  /** Default timestamp of every write in the batch, in microseconds. */
  ReactiveBatch timestamp(long micros);

  /** Default timestamp of every write in the batch, truncated to microseconds. */
  ReactiveBatch timestamp(Instant timestamp);

  /** Consistency level of the batch. */
  ReactiveBatch consistency(ConsistencyLevel level);

  /** Serial consistency level of a conditional batch. */
  ReactiveBatch serialConsistency(ConsistencyLevel level);

  /** Number of statements added so far. */
  int size();

  /**
   * Executes the batch on subscription, completing empty; does nothing when it is empty. A condition that did not
   * hold signals {@link io.coodie.core.api.LwtException} (nothing was applied). Each subscription sends the batch.
   */
  Mono<Void> execute();
}
