package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.cql.BoundStatement;
import java.util.concurrent.CompletableFuture;

/** A write that can be executed on its own or added to a batch. */
interface BatchableWrite {

  /** The bound statement of this write, preparing its shape if needed. */
  CompletableFuture<BoundStatement> statementAsync();

  /** The bound statement of this write, waiting for its shape to be prepared if needed. */
  default BoundStatement statement() {
    return Failures.join(statementAsync());
  }

  /** Whether it is a lightweight transaction. */
  boolean conditional();

  /** The operations of the written entity type. */
  DefaultEntityOperations<?> operations();

  /** Whether it updates counters (and so belongs in a COUNTER batch only). */
  default boolean counter() {
    return false;
  }

  /** Called after the write was applied (for example to remember what an entity now holds). */
  default void applied() {}

  /**
   * Called instead of {@link #applied()} when the write failed once its statement was asked for: it
   * {@code mayHaveApplied} unless it was never sent or was a lightweight transaction the server refused.
   */
  default void failed(boolean mayHaveApplied) {}
}
