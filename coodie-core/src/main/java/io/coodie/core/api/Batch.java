package io.coodie.core.api;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Update;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * A batch of writes executed as one request: {@code LOGGED} (atomic across partitions), {@code UNLOGGED} or
 * {@code COUNTER} (counter updates only). Obtained from {@link Coodie#batch()} or {@link Coodie#batch(DefaultBatchType)};
 * it collects writes until {@link #execute()} and is not thread-safe.
 *
 * <pre>{@code
 * coodie.batch()
 *     .insert(order)
 *     .insert(products.ttl(3600), reservation)
 *     .add(stock.mutateById(sku).iff("available", 5).set("available", 4))
 *     .timestamp(Instant.now())
 *     .execute();
 * }</pre>
 *
 * <p>An empty batch executes nothing. A batch containing conditional writes (all on one partition, as Cassandra
 * requires) is applied entirely or not at all; when a condition fails, {@link #execute()} throws
 * {@link LwtException}. A {@linkplain #save save} of a tracked entity with no change adds nothing.
 */
public interface Batch {

  /** Adds an insert of {@code entity} through its type's default operations. */
  Batch insert(Object entity);

  /** Adds an insert of {@code entity} carrying {@code operations}' options (TTL, timestamp, IF NOT EXISTS). */
  <T> Batch insert(EntityOperations<T> operations, T entity);

  /** Adds a save: the changed columns of a tracked entity (nothing if none), else an upsert. */
  Batch save(Object entity);

  /** Adds a save carrying {@code operations}' options. */
  <T> Batch save(EntityOperations<T> operations, T entity);

  /** Adds a delete of {@code entity}'s row. */
  Batch delete(Object entity);

  /** Adds a delete carrying {@code operations}' options (timestamp, IF EXISTS, conditions). */
  <T> Batch delete(EntityOperations<T> operations, T entity);

  /** Adds an update built with {@code EntityOperations.mutate(...)} or {@code Query.update()}. */
  Batch add(Update<?> update);

  /** Adds a delete built with {@code Query.delete()}. */
  Batch add(Delete<?> delete);

  /** Default timestamp of every write in the batch ({@code USING TIMESTAMP}), in microseconds. */
  Batch timestamp(long micros);

  /** Default timestamp of every write in the batch, truncated to microseconds. */
  Batch timestamp(Instant timestamp);

  /** Consistency level of the batch. */
  Batch consistency(ConsistencyLevel level);

  /** Serial consistency level of a conditional batch. */
  Batch serialConsistency(ConsistencyLevel level);

  /** Number of statements added so far. */
  int size();

  /**
   * Executes the batch; does nothing when it is empty.
   *
   * @throws LwtException if the batch holds conditions and one did not hold (nothing was applied)
   */
  void execute();

  /** Executes the batch and returns whether it was applied. */
  boolean tryExecute();

  /** Asynchronous {@link #execute()}. */
  CompletionStage<Void> executeAsync();
}
