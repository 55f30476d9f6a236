package io.coodie.core.api;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Update;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

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
 * <p><b>Changed-field tracking.</b> Entities read through coodie (and entities it wrote) are remembered, weakly,
 * with what the database holds for them. {@link #save} and {@link #update} of such an entity send only the columns
 * that changed, as collection operations where possible (set add/remove, list append/prepend, map put/remove), and
 * <b>send nothing at all when nothing changed</b>. Setting a property of a loaded entity to null deletes that column;
 * a property that is null on a new entity is left unset, so no tombstone is written for a value the application
 * never wrote. Changing a primary key property of a loaded entity is refused. Records are immutable: pass the loaded
 * record and its modified copy to {@link #update(Object, Object)}.
 *
 * <p>Nothing the application did not change is written: a column not read ({@link
 * io.coodie.core.api.query.Query#only only}, {@link io.coodie.core.api.query.Query#defer defer}) is written, whole,
 * only once the application changes the entity's value away from the one it was built with; a null column read into
 * a primitive or an initialised field is remembered as the value the entity holds; an entity read without its whole
 * primary key ({@link io.coodie.core.api.query.Query#distinct distinct}) cannot be saved, updated or deleted
 * ({@link IllegalArgumentException}, nothing sent). An asynchronous or batched write takes the entity's state when it
 * is called and records exactly what it bound. Saves of one instance may run concurrently: a column that two
 * overlapping writes set, or that a failed write may have set, is written again by the next save.
 *
 * <p>Primary key properties must not be null; a null fails before anything is sent, naming the entity and property.
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

  /**
   * Builds the entity of a row read by any SELECT (for example one of your own CQL): columns are matched to
   * properties by name, others are ignored; for a polymorphic entity the discriminator picks the subtype. The entity
   * is tracked like any entity coodie loads.
   *
   * @return the entity, or null for a row of a sibling subtype of this polymorphic subtype
   */
  @Nullable T fromRow(com.datastax.oss.driver.api.core.cql.Row row);

  /**
   * The value of {@code property} in {@code entity} (boxed), read the way coodie reads it for writes.
   *
   * @throws IllegalArgumentException if the entity has no such property
   */
  Object valueOf(T entity, String property);

  /** Inserts (upserts) the entity: every non-null property is written, null properties are left unset. */
  void insert(T entity);

  /** Asynchronous {@link #insert(Object)}. */
  CompletionStage<Void> insertAsync(T entity);

  /**
   * Saves the entity: for a tracked entity (read or written through coodie) an UPDATE of the changed columns, or
   * nothing if none changed; otherwise an upsert of its non-null properties.
   *
   * @throws UnsupportedOperationException for a counter table (use {@link #mutateById} with increments)
   * @throws IllegalArgumentException if the entity was read without its whole primary key ({@code distinct()})
   */
  void save(T entity);

  /** Asynchronous {@link #save(Object)}. */
  CompletionStage<Void> saveAsync(T entity);

  /**
   * Updates the entity's row: for a tracked entity the changed columns only (nothing if none changed), otherwise
   * {@code UPDATE ... SET} every non-null, non-key property. Counter properties are never written (use increments).
   */
  void update(T entity);

  /**
   * Updates the row of {@code loaded} to the state of {@code changed}, writing only what differs; a property that
   * was non-null and is now null is deleted. Meant for records and other immutable entities.
   *
   * @throws IllegalArgumentException if the two differ in their primary key, or {@code loaded} was read without its
   *     whole primary key
   */
  void update(T loaded, T changed);

  /** Asynchronous {@link #update(Object)}. */
  CompletionStage<Void> updateAsync(T entity);

  /** Deletes the entity's row, found by its primary key. */
  void delete(T entity);

  /** Asynchronous {@link #delete(Object)}. */
  CompletionStage<Void> deleteAsync(T entity);

  /** Deletes a row by its full primary key (partition key values then clustering values). */
  void deleteById(Object... primaryKey);

  /**
   * An UPDATE of the entity's row, for collection operators, counters and single-column writes:
   * {@code products.mutate(p).append("tags", List.of("sale")).execute()}. Carries this instance's options.
   */
  Update<T> mutate(T entity);

  /** An UPDATE of the row with this full primary key: {@code pages.mutateById(url).increment("views", 1)}. */
  Update<T> mutateById(Object... primaryKey);

  /**
   * Makes inserts conditional ({@code IF NOT EXISTS}); an existing row makes them throw {@link LwtException}
   * carrying that row.
   */
  EntityOperations<T> ifNotExists();

  /** Makes updates and deletes conditional on the row existing ({@code IF EXISTS}). */
  EntityOperations<T> ifExists();

  /** Makes updates and deletes conditional on {@code property = expected} ({@code IF ...}). */
  EntityOperations<T> iff(String property, Object expected);

  /** Makes updates and deletes conditional on {@code property <comparison> value}. */
  EntityOperations<T> iff(String property, Comparison comparison, Object value);

  /**
   * Writes with {@code USING TTL seconds}; 0 means the cells never expire, even on a table with a default TTL. The
   * table's default TTL is never sent as an explicit TTL.
   *
   * @throws IllegalArgumentException if {@code seconds} is negative or over Cassandra's maximum of 630,720,000
   *     (20 years)
   */
  EntityOperations<T> ttl(int seconds);

  /**
   * Writes with {@code USING TTL} of a whole number of seconds; {@link Duration#ZERO} means the cells never expire.
   * A null TTL removes the option: no {@code USING TTL} is sent, so the table's default TTL (if any) applies.
   *
   * <p>Cassandra's TTLs are whole seconds, and coodie never rounds one: a fraction of a second would otherwise make
   * the TTL shorter, or 0 (<em>never expires</em>) for one under a second. (Cassandra 5.0 in its default storage
   * compatibility mode also refuses, itself, a TTL that expires after 2038-01-19: CASSANDRA-14092.)
   *
   * @throws IllegalArgumentException if {@code ttl} is negative, not a whole number of seconds (for example
   *     {@code Duration.ofMillis(500)} or {@code ofMillis(1999)}), or over 630,720,000 seconds (20 years)
   */
  EntityOperations<T> ttl(@Nullable Duration ttl);

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
