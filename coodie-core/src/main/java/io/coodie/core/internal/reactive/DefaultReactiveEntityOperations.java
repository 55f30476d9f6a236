package io.coodie.core.internal.reactive;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Query;
import io.coodie.core.api.query.Update;
import io.coodie.core.api.reactive.ReactiveEntityOperations;
import io.coodie.core.api.reactive.ReactiveQuery;
import io.coodie.core.internal.exec.ReactiveSupport;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * {@link ReactiveEntityOperations} over the {@link EntityOperations} carrying the same options: every operation is
 * its asynchronous twin, called at subscription, so statements, checks, change tracking (a write's
 * {@code applied()}/{@code failed()} exactly once, in the asynchronous execution) and timing are the same.
 */
final class DefaultReactiveEntityOperations<T> implements ReactiveEntityOperations<T> {

  private final EntityOperations<T> ops;

  DefaultReactiveEntityOperations(EntityOperations<T> ops) {
    this.ops = ops;
  }

  private ReactiveEntityOperations<T> with(EntityOperations<T> newOps) {
    return new DefaultReactiveEntityOperations<>(newOps);
  }

  @Override
  public EntityMetadata<T> metadata() {
    return ops.metadata();
  }

  @Override
  public EntityOperations<T> operations() {
    return ops;
  }

  @Override
  public ReactiveQuery<T> query() {
    return new DefaultReactiveQuery<>(ops.query());
  }

  @Override
  public ReactiveQuery<T> query(Query<T> query) {
    ReactiveSupport.entityType(query); // refuses a query coodie did not make, at once
    return new DefaultReactiveQuery<>(query);
  }

  @Override
  public Mono<T> get(Object... primaryKey) {
    return Signals.mono(() -> ops.getAsync(primaryKey)).flatMap(Mono::justOrEmpty);
  }

  @Override
  public Mono<Void> insert(T entity) {
    return Signals.mono(() -> ops.insertAsync(entity));
  }

  @Override
  public Mono<Void> save(T entity) {
    return Signals.mono(() -> ops.saveAsync(entity));
  }

  @Override
  public Mono<Void> update(T entity) {
    return Signals.mono(() -> ops.updateAsync(entity));
  }

  @Override
  public Mono<Void> update(T loaded, T changed) {
    return Signals.mono(() -> ReactiveSupport.update(ops, loaded, changed));
  }

  @Override
  public Mono<Void> delete(T entity) {
    return Signals.mono(() -> ops.deleteAsync(entity));
  }

  @Override
  public Mono<Void> deleteById(Object... primaryKey) {
    return Signals.mono(() -> ReactiveSupport.deleteById(ops, primaryKey));
  }

  @Override
  public Update<T> mutate(T entity) {
    return ops.mutate(entity);
  }

  @Override
  public Update<T> mutateById(Object... primaryKey) {
    return ops.mutateById(primaryKey);
  }

  @Override
  public Mono<Void> execute(Update<T> update) {
    return Signals.mono(update::executeAsync);
  }

  @Override
  public Mono<Void> execute(Delete<T> delete) {
    return Signals.mono(delete::executeAsync);
  }

  @Override
  public ReactiveEntityOperations<T> ifNotExists() {
    return with(ops.ifNotExists());
  }

  @Override
  public ReactiveEntityOperations<T> ifExists() {
    return with(ops.ifExists());
  }

  @Override
  public ReactiveEntityOperations<T> iff(String property, Object expected) {
    return with(ops.iff(property, expected));
  }

  @Override
  public ReactiveEntityOperations<T> iff(String property, Comparison comparison, Object value) {
    return with(ops.iff(property, comparison, value));
  }

  @Override
  public ReactiveEntityOperations<T> ttl(int seconds) {
    return with(ops.ttl(seconds));
  }

  @Override
  public ReactiveEntityOperations<T> ttl(@Nullable Duration ttl) {
    return with(ops.ttl(ttl));
  }

  @Override
  public ReactiveEntityOperations<T> timestamp(long micros) {
    return with(ops.timestamp(micros));
  }

  @Override
  public ReactiveEntityOperations<T> timestamp(Instant timestamp) {
    return with(ops.timestamp(timestamp));
  }

  @Override
  public ReactiveEntityOperations<T> consistency(ConsistencyLevel level) {
    return with(ops.consistency(level));
  }

  @Override
  public ReactiveEntityOperations<T> serialConsistency(ConsistencyLevel level) {
    return with(ops.serialConsistency(level));
  }

  @Override
  public ReactiveEntityOperations<T> timeout(Duration timeout) {
    return with(ops.timeout(timeout));
  }

  @Override
  public String toString() {
    return "ReactiveEntityOperations<" + ops.metadata().javaType().getSimpleName() + ">";
  }
}
