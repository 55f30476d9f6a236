package io.coodie.core.api.query;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import java.time.Instant;
import java.util.concurrent.CompletionStage;

/**
 * An immutable DELETE of the rows (or of some columns of the rows) a query or an entity designates, built from
 * {@link Query#delete()} or {@code EntityOperations.deletion(entity)}.
 *
 * @param <T> the entity type
 */
public interface Delete<T> {

  /** Deletes only these properties' columns instead of whole rows. */
  Delete<T> columns(String... properties);

  /** Adds the condition {@code IF property = expected}. */
  Delete<T> iff(String property, Object expected);

  /** Adds the condition {@code IF property <comparison> value}. */
  Delete<T> iff(String property, Comparison comparison, Object value);

  /** Applies only if the row exists ({@code IF EXISTS}). */
  Delete<T> ifExists();

  /** {@code USING TIMESTAMP micros}: only cells written before it are deleted. */
  Delete<T> timestamp(long micros);

  /** {@code USING TIMESTAMP} of this instant. */
  Delete<T> timestamp(Instant timestamp);

  /** Consistency level of the write. */
  Delete<T> consistency(ConsistencyLevel level);

  /** Serial consistency level of a conditional delete. */
  Delete<T> serialConsistency(ConsistencyLevel level);

  /**
   * Executes the delete.
   *
   * @throws io.coodie.core.api.LwtException if a condition did not hold; nothing was deleted
   */
  void execute();

  /** Executes and returns whether the delete was applied. */
  boolean tryExecute();

  /** Asynchronous {@link #execute()}. */
  CompletionStage<Void> executeAsync();

  /** The CQL of this delete, with {@code ?} markers. */
  String cql();
}
