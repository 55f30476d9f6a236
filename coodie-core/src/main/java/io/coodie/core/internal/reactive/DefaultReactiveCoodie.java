package io.coodie.core.internal.reactive;

import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.reactive.ReactiveBatch;
import io.coodie.core.api.reactive.ReactiveCoodie;
import io.coodie.core.api.reactive.ReactiveEntityOperations;

/** The {@link ReactiveCoodie} of a {@link Coodie}: wrappers of its operations and batches. */
final class DefaultReactiveCoodie implements ReactiveCoodie {

  private final Coodie coodie;

  DefaultReactiveCoodie(Coodie coodie) {
    this.coodie = coodie;
  }

  @Override
  public <T> ReactiveEntityOperations<T> entity(Class<T> type) {
    return new DefaultReactiveEntityOperations<>(coodie.entity(type));
  }

  @Override
  public <T> ReactiveEntityOperations<T> entity(EntityOperations<T> operations) {
    if (operations == null) {
      throw new IllegalArgumentException("operations must not be null");
    }
    return new DefaultReactiveEntityOperations<>(operations);
  }

  @Override
  public ReactiveBatch batch() {
    return batch(DefaultBatchType.LOGGED);
  }

  @Override
  public ReactiveBatch batch(DefaultBatchType type) {
    return new DefaultReactiveBatch(coodie.batch(type));
  }

  @Override
  public Coodie coodie() {
    return coodie;
  }

  @Override
  public String toString() {
    return "ReactiveCoodie of " + coodie.session().getName();
  }
}
