package io.coodie.core.internal.reactive;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import io.coodie.core.api.Batch;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Update;
import io.coodie.core.api.reactive.ReactiveBatch;
import io.coodie.core.api.reactive.ReactiveEntityOperations;
import java.time.Instant;
import reactor.core.publisher.Mono;

/**
 * {@link ReactiveBatch} over a coodie {@link Batch}: additions go to it (taking the entities' state then), and
 * {@link #execute()} is its {@code executeAsync()} at subscription, which calls each write's
 * {@code applied()}/{@code failed()} once.
 */
final class DefaultReactiveBatch implements ReactiveBatch {

  private final Batch batch;

  DefaultReactiveBatch(Batch batch) {
    this.batch = batch;
  }

  @Override
  public ReactiveBatch insert(Object entity) {
    batch.insert(entity);
    return this;
  }

  @Override
  public <T> ReactiveBatch insert(ReactiveEntityOperations<T> operations, T entity) {
    batch.insert(operations.operations(), entity);
    return this;
  }

  @Override
  public ReactiveBatch save(Object entity) {
    batch.save(entity);
    return this;
  }

  @Override
  public <T> ReactiveBatch save(ReactiveEntityOperations<T> operations, T entity) {
    batch.save(operations.operations(), entity);
    return this;
  }

  @Override
  public ReactiveBatch delete(Object entity) {
    batch.delete(entity);
    return this;
  }

  @Override
  public <T> ReactiveBatch delete(ReactiveEntityOperations<T> operations, T entity) {
    batch.delete(operations.operations(), entity);
    return this;
  }

  @Override
  public ReactiveBatch add(Update<?> update) {
    batch.add(update);
    return this;
  }

  @Override
  public ReactiveBatch add(Delete<?> delete) {
    batch.add(delete);
    return this;
  }

  @Override
  public ReactiveBatch timestamp(long micros) {
    batch.timestamp(micros);
    return this;
  }

  @Override
  public ReactiveBatch timestamp(Instant timestamp) {
    batch.timestamp(timestamp);
    return this;
  }

  @Override
  public ReactiveBatch consistency(ConsistencyLevel level) {
    batch.consistency(level);
    return this;
  }

  @Override
  public ReactiveBatch serialConsistency(ConsistencyLevel level) {
    batch.serialConsistency(level);
    return this;
  }

  @Override
  public int size() {
    return batch.size();
  }

  @Override
  public Mono<Void> execute() {
    return Signals.mono(batch::executeAsync);
  }
}
