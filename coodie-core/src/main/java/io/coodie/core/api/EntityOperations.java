package io.coodie.core.api;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Query;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Reads and writes of one entity type, obtained from {@link Coodie#entity(Class)}. Immutable and thread-safe: the
 * option methods ({@link #ttl(int)}, {@link #timestamp(long)}, {@link #consistency(ConsistencyLevel)}, ...) return
 * a new instance carrying the option, in the spirit of cqlengine's {@code Model.ttl(60).create(...)}:
 *
 * <pre>{@code
 * EntityOperations<Session> sessions = coodie.entity(Session.class);
 * sessions.ttl(3600).insert(session);
 * sessions.get(sessionId).ifPresent(...);
 * }</pre>
 *
 * <p>Writes never send a null as a value on INSERT: properties that are null are left unset, so no tombstone is
 * created for a value the application never wrote. Primary key properties must not be null; a null fails before
 * anything is sent, naming the entity and property.
 *
 * @param <T> the entity type
 */
public interface EntityOperations<T> {

  /** The entity's mapping metadata. */
  EntityMetadata<T> metadata();

  /** A new query over all rows of this entity's table (of this subtype, for a polymorphic subtype). */
  Query<T> query();

  /**
   * Reads one entity by its full primary key: partition key values then clustering values, in declaration order.
   *
   * @throws IllegalArgumentException if the number of values is not the primary key's size, or a value is null
   */
  Optional<T> get(Object... primaryKey);

  /** Asynchronous {@link #get(Object...)}. */
  CompletionStage<Optional<T>> getAsync(Object... primaryKey);

  /** Inserts (upserts) the entity: every non-null property is written, null properties are left unset. */
  void insert(T entity);

  /** Asynchronous {@link #insert(Object)}. */
  CompletionStage<Void> insertAsync(T entity);

  /**
   * Saves the entity: an upsert of its non-null properties.
   */
  void save(T entity);

  /** Asynchronous {@link #save(Object)}. */
  CompletionStage<Void> saveAsync(T entity);

  /**
   * Updates the entity's row: {@code UPDATE ... SET} every non-key property; a null property deletes that column.
   * Counter properties are not written (use counter increments).
   */
  void update(T entity);

  /** Asynchronous {@link #update(Object)}. */
  CompletionStage<Void> updateAsync(T entity);

  /** Deletes the entity's row, found by its primary key. */
  void delete(T entity);

  /** Asynchronous {@link #delete(Object)}. */
  CompletionStage<Void> deleteAsync(T entity);

  /** Deletes a row by its full primary key (partition key values then clustering values). */
  void deleteById(Object... primaryKey);

  /** Writes with {@code USING TTL seconds}. The table's default TTL is never sent as an explicit TTL. */
  EntityOperations<T> ttl(int seconds);

  /** Writes with {@code USING TTL}, in whole seconds. */
  EntityOperations<T> ttl(Duration ttl);

  /** Writes with {@code USING TIMESTAMP micros} (microseconds since the epoch). */
  EntityOperations<T> timestamp(long micros);

  /** Writes with {@code USING TIMESTAMP} of this instant (truncated to microseconds). */
  EntityOperations<T> timestamp(Instant timestamp);

  /** Consistency level of reads and writes made through the returned instance. */
  EntityOperations<T> consistency(ConsistencyLevel level);

  /** Serial consistency level of conditional writes made through the returned instance. */
  EntityOperations<T> serialConsistency(ConsistencyLevel level);

  /** Client-side timeout of each request made through the returned instance. */
  EntityOperations<T> timeout(Duration timeout);
}
