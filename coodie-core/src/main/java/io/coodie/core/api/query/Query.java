package io.coodie.core.api.query;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * An immutable, reusable SELECT over one entity type. Every builder method returns a new query; terminal methods
 * execute it. Property names are the Java field (or record component) names; an unknown name fails at once, naming
 * the entity and its known properties.
 *
 * <pre>{@code
 * List<Reading> last = readings.query()
 *     .where("sensor").eq(sensorId)
 *     .where("at").gte(since)
 *     .orderBy("at", Order.DESC)
 *     .limit(10)
 *     .list();
 * }</pre>
 *
 * <p>Each distinct query shape is prepared once and cached; values, limits and paging are bound. There is no hidden
 * default limit: {@link #list()} reads every matching row, page by page, and {@link #stream()} does so lazily.
 *
 * <p>Before anything is sent, the query is checked: filtering on a column that is neither part of the primary key
 * nor indexed needs {@link #allowFiltering()}; restricting clustering columns or part of the partition key without
 * the whole partition key does too; {@link #orderBy} accepts clustering columns only.
 *
 * @param <T> the entity type
 */
public interface Query<T> {

  /** Starts a restriction on {@code property}. */
  Where<T> where(String property);

  /** Starts a restriction on the token of the partition key. */
  TokenWhere<T> whereToken();

  /** Orders by a clustering column ({@code ORDER BY}). Needs the partition key restricted. */
  Query<T> orderBy(String property, Order order);

  /** Returns at most {@code limit} rows ({@code LIMIT ?}, bound). */
  Query<T> limit(int limit);

  /** Returns at most {@code limit} rows per partition ({@code PER PARTITION LIMIT ?}, bound). */
  Query<T> perPartitionLimit(int limit);

  /** Adds {@code ALLOW FILTERING}: lets the server scan and filter, which can be slow on large tables. */
  Query<T> allowFiltering();

  /**
   * Returns entities that coodie does not track: for results that are only read, it saves the snapshot of every
   * entity (CPU, and memory that outlives the entity until the next garbage collection; the benchmarks measure
   * it at most of the client-side cost of reading many rows).
   *
   * <p>coodie then knows nothing of what such an entity holds in the database: {@code save} or {@code update} of
   * one writes it as if it were new (every non-null column, and a property set to null deletes nothing). To change
   * one later, use {@code update(loaded, changed)} or {@code mutate}.
   */
  Query<T> untracked();

  /**
   * Selects distinct partitions ({@code SELECT DISTINCT}) of the partition key columns and static columns; the
   * entities returned carry only those.
   */
  Query<T> distinct();

  /** Selects only these properties (primary key columns are always selected); the others stay unset. */
  Query<T> only(String... properties);

  /** Selects every property but these (primary key columns cannot be deferred). */
  Query<T> defer(String... properties);

  /** Consistency level of this query. */
  Query<T> consistency(ConsistencyLevel level);

  /** Serial consistency level, for reads of lightweight transaction state ({@code SERIAL} / {@code LOCAL_SERIAL}). */
  Query<T> serialConsistency(ConsistencyLevel level);

  /** Client-side timeout of each request of this query. */
  Query<T> timeout(Duration timeout);

  /** Rows per page fetched from the server (the driver's default otherwise). */
  Query<T> pageSize(int pageSize);

  /** All matching entities, fetching every page. */
  List<T> list();

  /** A lazy stream of the matching entities: pages are fetched as the stream is consumed. Close it when done. */
  Stream<T> stream();

  /** The first matching entity ({@code LIMIT 1} unless a limit is set). */
  Optional<T> first();

  /**
   * The only matching entity.
   *
   * @throws IllegalStateException if more than one row matches
   */
  Optional<T> one();

  /**
   * The number of matching rows: {@code SELECT count(*)} with the same restrictions. After {@link #distinct()}, the
   * number of distinct partitions: Cassandra cannot count those itself ({@code count(*)} counts rows), so coodie
   * sends {@code SELECT DISTINCT} of the partition key columns and counts the partitions it reads, fetching every
   * page (one row per partition).
   */
  long count();

  /** Whether any row matches ({@code LIMIT 1}). */
  boolean exists();

  /**
   * One page of {@code pageSize} entities, resuming from {@code pagingState} (null for the first page). For a
   * polymorphic subtype, rows of sibling subtypes are dropped, so a page may hold fewer entities.
   *
   * @throws IllegalArgumentException if the paging state is malformed or belongs to another query
   */
  Page<T> page(int pageSize, @Nullable String pagingState);

  /** Asynchronous {@link #list()}: pages are fetched asynchronously, one after the other. */
  CompletionStage<List<T>> listAsync();

  /** Asynchronous {@link #first()}. */
  CompletionStage<Optional<T>> firstAsync();

  /** Asynchronous {@link #one()}. */
  CompletionStage<Optional<T>> oneAsync();

  /** Asynchronous {@link #count()}. */
  CompletionStage<Long> countAsync();

  /** Asynchronous {@link #page(int, String)}. */
  CompletionStage<Page<T>> pageAsync(int pageSize, @Nullable String pagingState);

  /** Calls {@code action} for every matching entity, fetching pages asynchronously; completes after the last. */
  CompletionStage<Void> forEachAsync(Consumer<? super T> action);

  /**
   * An UPDATE of the rows this query restricts (blind: nothing is read first). The query must restrict the whole
   * primary key with eq/in, or the partition key when only static columns are assigned.
   */
  Update<T> update();

  /** A DELETE of the rows this query restricts; the partition key must be restricted with eq/in. */
  Delete<T> delete();

  /** The CQL this query runs, with {@code ?} markers, for logging and tests. */
  String cql();
}
