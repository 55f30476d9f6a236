package io.coodie.core.internal.reactive;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Order;
import io.coodie.core.api.query.Page;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Update;
import io.coodie.core.api.reactive.ReactiveQuery;
import io.coodie.core.api.reactive.ReactiveTokenWhere;
import io.coodie.core.api.reactive.ReactiveWhere;
import io.coodie.core.internal.exec.ReactiveSupport;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@link ReactiveQuery} over an immutable coodie {@link Query}: the builder methods delegate to it, {@link #all()}
 * pages its rows on demand ({@link PagedRows}), the {@code Mono}s are its asynchronous terminal methods.
 */
final class DefaultReactiveQuery<T> implements ReactiveQuery<T> {

  private final Query<T> query;

  DefaultReactiveQuery(Query<T> query) {
    this.query = query;
  }

  ReactiveQuery<T> with(Query<T> newQuery) {
    return new DefaultReactiveQuery<>(newQuery);
  }

  @Override
  public ReactiveWhere<T> where(String property) {
    return new DefaultReactiveWhere<>(this, query.where(property));
  }

  @Override
  public ReactiveTokenWhere<T> whereToken() {
    return new DefaultReactiveTokenWhere<>(this, query.whereToken());
  }

  @Override
  public ReactiveQuery<T> orderBy(String property, Order order) {
    return with(query.orderBy(property, order));
  }

  @Override
  public ReactiveQuery<T> limit(int limit) {
    return with(query.limit(limit));
  }

  @Override
  public ReactiveQuery<T> perPartitionLimit(int limit) {
    return with(query.perPartitionLimit(limit));
  }

  @Override
  public ReactiveQuery<T> allowFiltering() {
    return with(query.allowFiltering());
  }

  @Override
  public ReactiveQuery<T> untracked() {
    return with(query.untracked());
  }

  @Override
  public ReactiveQuery<T> distinct() {
    return with(query.distinct());
  }

  @Override
  public ReactiveQuery<T> only(String... properties) {
    return with(query.only(properties));
  }

  @Override
  public ReactiveQuery<T> defer(String... properties) {
    return with(query.defer(properties));
  }

  @Override
  public ReactiveQuery<T> consistency(ConsistencyLevel level) {
    return with(query.consistency(level));
  }

  @Override
  public ReactiveQuery<T> serialConsistency(ConsistencyLevel level) {
    return with(query.serialConsistency(level));
  }

  @Override
  public ReactiveQuery<T> timeout(Duration timeout) {
    return with(query.timeout(timeout));
  }

  @Override
  public ReactiveQuery<T> pageSize(int pageSize) {
    return with(query.pageSize(pageSize));
  }

  @Override
  public Flux<T> all() {
    return Signals.timed(ReactiveSupport.listener(query), ReactiveSupport.entityType(query), Operation.QUERY,
        PagedRows.flux(() -> ReactiveSupport.rows(query)));
  }

  @Override
  public Mono<T> first() {
    return Signals.mono(query::firstAsync).flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<T> one() {
    return Signals.mono(query::oneAsync).flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<Long> count() {
    return Signals.mono(query::countAsync);
  }

  @Override
  public Mono<Boolean> exists() {
    return Signals.mono(() -> ReactiveSupport.exists(query));
  }

  @Override
  public Mono<Page<T>> page(int pageSize, @Nullable String pagingState) {
    return Signals.mono(() -> query.pageAsync(pageSize, pagingState));
  }

  @Override
  public Update<T> update() {
    return query.update();
  }

  @Override
  public Delete<T> delete() {
    return query.delete();
  }

  @Override
  public Query<T> toQuery() {
    return query;
  }

  @Override
  public String cql() {
    return query.cql();
  }

  @Override
  public String toString() {
    return "Reactive" + query;
  }
}
