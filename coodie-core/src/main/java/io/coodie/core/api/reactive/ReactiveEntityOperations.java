package io.coodie.core.api.reactive;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Update;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reactive reads and writes of one entity type, from {@link ReactiveCoodie#entity(Class)}: each operation of
 * {@link EntityOperations} as a {@code Mono}, with the same statements, checks, change tracking and timing as its
 * asynchronous twin ({@code getAsync}, {@code saveAsync}, ...). Immutable and thread-safe; the option methods return
 * a new instance carrying the option, like {@link EntityOperations}' (and check their arguments the same way, at
 * once).
 *
 * <pre>{@code
 * ReactiveEntityOperations<Product> products = coodie.reactive().entity(Product.class);
 * products.get(sku)                                  // Mono<Product>, empty when there is no such row
 *     .doOnNext(p -> p.price(90))
 *     .flatMap(products::save)                       // sends only the price, or nothing if it did not change
 *     .subscribe();
 * products.ifNotExists().insert(p)                   // onError(LwtException) carrying the existing row
 *     .onErrorResume(LwtException.class, e -> ...);
 * }</pre>
 *
 * <p><b>Change tracking</b> works exactly as on the asynchronous path (see {@link EntityOperations}): entities read
 * here are tracked (unless {@link ReactiveQuery#untracked()}), a save of a tracked entity sends only its changed
 * columns and sends nothing when none changed, and what a write bound is recorded as the entity's state when the
 * write completes. The entity's state is taken when the {@code Mono} is <em>subscribed</em>, not when it is
 * built; each subscription is a new write. Cancelling a write's {@code Mono} does not stop the write: it is still
 * sent and recorded when its answer arrives.
 *
 * <p>Every {@code Mono} here follows the contract of {@link ReactiveCoodie}: cold, errors as {@code onError} (a null
 * primary key value, a wrong key arity, {@code LwtException} for a condition that did not hold), non-blocking.
 * Writes complete empty ({@code Mono<Void>}).
 *
 * @param <T> the entity type
 */
public interface ReactiveEntityOperations<T> {

  /** The entity's mapping metadata. */
  EntityMetadata<T> metadata();

  /** The synchronous and asynchronous operations carrying the same options. */
  EntityOperations<T> operations();

  /** A new reactive query over all rows of this entity's table (of this subtype, for a polymorphic subtype). */
  ReactiveQuery<T> query();

  /**
   * {@code query} (built with the synchronous API, and immutable) run reactively; it keeps its own options.
   *
   * @throws IllegalArgumentException if the query was not made by coodie
   */
  ReactiveQuery<T> query(Query<T> query);

  /**
   * Reads one entity by its full primary key (partition key values then clustering values): emits it, or completes
   * empty when there is no such row. A wrong number of values or a null value signals
   * {@link IllegalArgumentException}.
   */
  Mono<T> get(Object... primaryKey);

  /** Inserts (upserts) the entity: every non-null property is written, null properties are left unset. */
  Mono<Void> insert(T entity);

  /**
   * Saves the entity: for a tracked entity an UPDATE of the changed columns, or nothing at all if none changed;
   * otherwise an upsert of its non-null properties. A counter table signals {@link UnsupportedOperationException}.
   */
  Mono<Void> save(T entity);

  /** Updates the entity's row: the changed columns of a tracked entity, else every non-null, non-key property. */
  Mono<Void> update(T entity);

  /**
   * Updates the row of {@code loaded} to the state of {@code changed}, writing only what differs (for records and
   * other immutable entities); entities differing in their primary key signal {@link IllegalArgumentException}.
   */
  Mono<Void> update(T loaded, T changed);

  /** Deletes the entity's row, found by its primary key. */
  Mono<Void> delete(T entity);

  /** Deletes a row by its full primary key (partition key values then clustering values). */
  Mono<Void> deleteById(Object... primaryKey);

  /**
   * An UPDATE of the entity's row carrying this instance's options, to run with {@link #execute(Update)}:
   * {@code products.execute(products.mutate(p).append("tags", List.of("sale")))}. Checks the entity at once, like
   * {@link EntityOperations#mutate}.
   */
  Update<T> mutate(T entity);

  /** An UPDATE of the row with this full primary key, to run with {@link #execute(Update)}. */
  Update<T> mutateById(Object... primaryKey);

  /** Executes an update (from {@link #mutate}, {@link #mutateById} or {@link ReactiveQuery#update()}). */
  Mono<Void> execute(Update<T> update);

  /** Executes a delete (from {@link ReactiveQuery#delete()}). */
  Mono<Void> execute(Delete<T> delete);

  /** Makes inserts conditional ({@code IF NOT EXISTS}); an existing row signals {@code LwtException} with it. */
  ReactiveEntityOperations<T> ifNotExists();

  /** Makes updates and deletes conditional on the row existing ({@code IF EXISTS}). */
  ReactiveEntityOperations<T> ifExists();

  /** Makes updates and deletes conditional on {@code property = expected}. */
  ReactiveEntityOperations<T> iff(String property, Object expected);

  /** Makes updates and deletes conditional on {@code property <comparison> value}. */
  ReactiveEntityOperations<T> iff(String property, Comparison comparison, Object value);

  /** Writes with {@code USING TTL seconds}; see {@link EntityOperations#ttl(int)}. */
  ReactiveEntityOperations<T> ttl(int seconds);

  /** Writes with {@code USING TTL} of whole seconds, null for none; see {@link EntityOperations#ttl(Duration)}. */
  ReactiveEntityOperations<T> ttl(@Nullable Duration ttl);

  /** Writes with {@code USING TIMESTAMP micros}. */
  ReactiveEntityOperations<T> timestamp(long micros);

  /** Writes with {@code USING TIMESTAMP} of this instant (truncated to microseconds). */
  ReactiveEntityOperations<T> timestamp(Instant timestamp);

  /** Consistency level of reads and writes made through the returned instance. */
  ReactiveEntityOperations<T> consistency(ConsistencyLevel level);

  /** Serial consistency level of conditional writes made through the returned instance. */
  ReactiveEntityOperations<T> serialConsistency(ConsistencyLevel level);

  /** Client-side timeout of each request made through the returned instance. */
  ReactiveEntityOperations<T> timeout(Duration timeout);
}
