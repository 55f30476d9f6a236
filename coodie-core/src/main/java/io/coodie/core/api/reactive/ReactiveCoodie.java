package io.coodie.core.api.reactive;

import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;

/**
 * The reactive face of a {@link Coodie}, from {@link Coodie#reactive()}: the same session, statement cache, change
 * tracking and operation listener, with operations returning Reactor {@code Mono}s and {@code Flux}es.
 *
 * <pre>{@code
 * ReactiveEntityOperations<Reading> readings = coodie.reactive().entity(Reading.class);
 * Flux<Reading> last = readings.query().where("sensor").eq(id).pageSize(100).all();   // pages fetched on demand
 * Mono<Void> saved = readings.get(id, at).doOnNext(r -> r.value(42)).flatMap(readings::save);
 * }</pre>
 *
 * <p><b>Contract of every {@code Mono} and {@code Flux} of this API.</b>
 * <ul>
 *   <li><i>Cold and lazy</i>: nothing is prepared, read or sent, and no entity state is taken, before subscription;
 *       each subscription runs the operation again (so {@code retry()} resends a write, computing its changes again
 *       from the entity's state at that moment).</li>
 *   <li><i>Errors are signals</i>: a failed condition ({@link io.coodie.core.api.LwtException}), invalid input
 *       (a null key, a wrong number of key values, a query Cassandra would refuse), a driver error or timeout arrive
 *       as {@code onError}, never thrown from the method that builds the {@code Mono}. Builder methods that return
 *       no publisher (options, {@code where(...)}, batch additions) check their arguments at once, exactly as their
 *       synchronous counterparts do.</li>
 *   <li><i>Non-blocking</i>: no thread pool and no waiting; statements are prepared and executed asynchronously
 *       and signals arrive on the driver's I/O threads (use {@code publishOn} before blocking work).</li>
 *   <li><i>Cancellation</i> stops a query's paging. It does not stop a write once subscribed: the write is sent
 *       (after its statement is prepared, if needed) and its outcome is recorded by change tracking when it
 *       arrives, as for an asynchronous write whose future nobody waits for.</li>
 * </ul>
 */
public interface ReactiveCoodie {

  /** Reactive operations on entity type {@code type}, which must be mapped with {@code @Table}. */
  <T> ReactiveEntityOperations<T> entity(Class<T> type);

  /**
   * Reactive operations over {@code operations}, carrying its options (TTL, timestamp, conditions, consistency...)
   * and running on its coodie.
   */
  <T> ReactiveEntityOperations<T> entity(EntityOperations<T> operations);

  /** A new, empty {@code LOGGED} batch. */
  ReactiveBatch batch();

  /** A new, empty batch of the given type ({@code LOGGED}, {@code UNLOGGED} or {@code COUNTER}). */
  ReactiveBatch batch(DefaultBatchType type);

  /** The synchronous and asynchronous coodie this reactive API runs on. */
  Coodie coodie();
}
