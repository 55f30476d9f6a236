package io.coodie.core.api.reactive;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Order;
import io.coodie.core.api.query.Page;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Update;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An immutable, reusable SELECT over one entity type, run reactively: the builder of {@link Query} (same methods,
 * same checks, same statements and statement cache), with terminal methods returning a {@code Flux} or a
 * {@code Mono}.
 *
 * <pre>{@code
 * Flux<Reading> readings = coodie.reactive().entity(Reading.class).query()
 *     .where("sensor").eq(sensorId)
 *     .where("at").gte(since)
 *     .pageSize(500)
 *     .all();
 * }</pre>
 *
 * <p><b>Back-pressure.</b> {@link #all()} fetches pages on demand: the first page when the subscriber first
 * requests, the next one only once every entity of the pages fetched so far was requested, and never more than
 * one page at a time. A subscriber requesting 10 entities of a partition of 100,000 rows read with
 * {@code pageSize(100)} gets one page fetched, not all; at most one page of entities is held while the
 * subscriber has not requested them. Cancelling stops fetching (a page already asked for may still arrive, and is
 * dropped). The driver's own {@code executeReactive} is not used for this: it fetches up to four pages ahead of
 * demand.
 *
 * <p>Errors arrive as {@code onError}: a query Cassandra would refuse ({@code QueryValidationException}, before
 * anything is sent), a read failure, a value coodie cannot decode. The entities read are tracked for
 * {@code save} unless {@link #untracked()}.
 *
 * @param <T> the entity type
 */
public interface ReactiveQuery<T> {

  /** Starts a restriction on {@code property}; an unknown property fails at once, as in {@link Query#where}. */
  ReactiveWhere<T> where(String property);

  /** Starts a restriction on the token of the partition key. */
  ReactiveTokenWhere<T> whereToken();

  /** Orders by a clustering column ({@code ORDER BY}). */
  ReactiveQuery<T> orderBy(String property, Order order);

  /** Returns at most {@code limit} rows ({@code LIMIT ?}, bound). */
  ReactiveQuery<T> limit(int limit);

  /** Returns at most {@code limit} rows per partition. */
  ReactiveQuery<T> perPartitionLimit(int limit);

  /** Adds {@code ALLOW FILTERING}. */
  ReactiveQuery<T> allowFiltering();

  /** Returns entities that coodie does not track; see {@link Query#untracked()}. */
  ReactiveQuery<T> untracked();

  /** Selects distinct partitions; see {@link Query#distinct()}. */
  ReactiveQuery<T> distinct();

  /** Selects only these properties (and the primary key). */
  ReactiveQuery<T> only(String... properties);

  /** Selects every property but these. */
  ReactiveQuery<T> defer(String... properties);

  /** Consistency level of this query. */
  ReactiveQuery<T> consistency(ConsistencyLevel level);

  /** Serial consistency level of this query. */
  ReactiveQuery<T> serialConsistency(ConsistencyLevel level);

  /** Client-side timeout of each request (each page) of this query. */
  ReactiveQuery<T> timeout(Duration timeout);

  /** Rows per page fetched from the server (the driver's default otherwise): the unit of back-pressure. */
  ReactiveQuery<T> pageSize(int pageSize);

  /**
   * Every matching entity, in result order, pages fetched on demand (see above). Completes after the last row;
   * there is no hidden limit.
   */
  Flux<T> all();

  /** The first matching entity ({@code LIMIT 1} unless a limit is set), or empty. */
  Mono<T> first();

  /** The only matching entity, or empty; more than one signals {@link IllegalStateException}. */
  Mono<T> one();

  /** The number of matching rows; see {@link Query#count()}. */
  Mono<Long> count();

  /** Whether any row matches ({@code LIMIT 1}). */
  Mono<Boolean> exists();

  /**
   * One page of {@code pageSize} entities, resuming from {@code pagingState} (null for the first page); a malformed
   * or foreign paging state signals {@link IllegalArgumentException}.
   */
  Mono<Page<T>> page(int pageSize, @Nullable String pagingState);

  /** An UPDATE of the rows this query restricts; run it with {@link ReactiveEntityOperations#execute(Update)}. */
  Update<T> update();

  /** A DELETE of the rows this query restricts; run it with {@link ReactiveEntityOperations#execute(Delete)}. */
  Delete<T> delete();

  /** This query for the synchronous and asynchronous API. */
  Query<T> toQuery();

  /** The CQL this query runs, with {@code ?} markers. */
  String cql();
}
