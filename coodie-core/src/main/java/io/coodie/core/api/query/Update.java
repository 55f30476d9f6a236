package io.coodie.core.api.query;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.jspecify.annotations.Nullable;

/**
 * An immutable UPDATE of the rows a query or an entity designates: assignments, collection and counter operators,
 * conditions, TTL and timestamp. Built from {@link Query#update()} (blind update: the query must restrict the whole
 * primary key, or the partition key when only static columns are assigned), {@code EntityOperations.mutate(entity)}
 * or {@code EntityOperations.mutateById(key...)}; executed by {@link #execute()} or added to a batch.
 *
 * <pre>{@code
 * products.mutateById(sku).append("tags", List.of("sale")).increment... // counters live in counter tables
 * pages.mutateById(url).increment("views", 1).execute();
 * products.query().where("sku").eq(sku).update().set("price", 90).iff("price", 100).execute();
 * }</pre>
 *
 * @param <T> the entity type
 */
public interface Update<T> {

  /** {@code property = value}; a null value deletes the column. */
  Update<T> set(String property, @Nullable Object value);

  /**
   * List append ({@code l = l + ?}) or set add ({@code s = s + ?}) of the given elements.
   *
   * @throws IllegalArgumentException if an element is null: CQL collections hold no nulls
   */
  Update<T> append(String property, Collection<?> elements);

  /** List prepend: {@code l = ? + l}; a null element is refused ({@code IllegalArgumentException}). */
  Update<T> prepend(String property, List<?> elements);

  /**
   * List or set removal of every occurrence of the given elements: {@code c = c - ?}; a null element is refused
   * ({@code IllegalArgumentException}).
   */
  Update<T> remove(String property, Collection<?> elements);

  /**
   * Map put-all: {@code m = m + ?}. An entry with a null value deletes its key, as {@link #put(String, Object,
   * Object)} with a null value does (cqlengine's {@code map__update={'k': None}}): the non-null entries are put and
   * the null-valued keys removed in the same statement, {@code m = m + ?, m = m - ?} (only {@code m = m - ?} when
   * every value is null).
   *
   * @throws IllegalArgumentException if a key is null: CQL maps hold no null keys
   */
  Update<T> put(String property, Map<?, ? extends @Nullable Object> entries);

  /**
   * Map put of one entry: {@code m[?] = ?}; a null value deletes the key.
   *
   * @throws IllegalArgumentException if the key is null
   */
  Update<T> put(String property, Object key, @Nullable Object value);

  /** Map removal of keys: {@code m = m - ?}; a null key is refused ({@code IllegalArgumentException}). */
  Update<T> removeKeys(String property, Collection<?> keys);

  /** Counter increment: {@code c = c + ?}. */
  Update<T> increment(String property, long delta);

  /** Counter decrement: {@code c = c - ?}. */
  Update<T> decrement(String property, long delta);

  /** Adds the condition {@code IF property = expected}. */
  Update<T> iff(String property, Object expected);

  /** Adds the condition {@code IF property <comparison> value}. */
  Update<T> iff(String property, Comparison comparison, Object value);

  /** Applies only if the row exists ({@code IF EXISTS}). */
  Update<T> ifExists();

  /**
   * {@code USING TTL seconds} for the cells written; 0 means they never expire.
   *
   * @throws IllegalArgumentException if {@code seconds} is negative or over 630,720,000 (20 years)
   */
  Update<T> ttl(int seconds);

  /**
   * {@code USING TTL} of a whole number of seconds; {@link Duration#ZERO} means the cells never expire, and null
   * removes the option (no {@code USING TTL}: the table's default TTL, if any, applies). Nothing is rounded.
   *
   * @throws IllegalArgumentException if {@code ttl} is negative, not a whole number of seconds (such as
   *     {@code Duration.ofMillis(500)}), or over 630,720,000 seconds (20 years)
   */
  Update<T> ttl(@Nullable Duration ttl);

  /** {@code USING TIMESTAMP micros}. */
  Update<T> timestamp(long micros);

  /** {@code USING TIMESTAMP} of this instant, truncated to microseconds. */
  Update<T> timestamp(Instant timestamp);

  /** Consistency level of the write. */
  Update<T> consistency(ConsistencyLevel level);

  /** Serial consistency level of a conditional write. */
  Update<T> serialConsistency(ConsistencyLevel level);

  /**
   * Executes the update.
   *
   * @throws io.coodie.core.api.LwtException if a condition did not hold; nothing was written
   */
  void execute();

  /** Executes the update and returns whether it was applied (always true without conditions). */
  boolean tryExecute();

  /** Asynchronous {@link #execute()}; completes exceptionally with {@code LwtException} if not applied. */
  CompletionStage<Void> executeAsync();

  /** The CQL of this update, with {@code ?} markers. */
  String cql();
}
