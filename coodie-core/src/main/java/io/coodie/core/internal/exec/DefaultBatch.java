package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.BatchStatement;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import io.coodie.core.api.Batch;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.query.Delete;
import io.coodie.core.api.query.Update;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The {@link Batch} implementation: collects writes, then sends one batch statement. */
final class DefaultBatch implements Batch {

  private final CoodieContext context;
  private final DefaultBatchType type;
  private final List<BatchableWrite> writes = new ArrayList<>();
  private Long timestamp;
  private StatementOptions options = StatementOptions.DEFAULTS;

  DefaultBatch(CoodieContext context, DefaultBatchType type) {
    this.context = context;
    this.type = type;
  }

  private Batch add(BatchableWrite write) {
    if (write == null) {
      return this;
    }
    if (write.counter() != (type == DefaultBatchType.COUNTER)) {
      throw new IllegalArgumentException(write.counter()
          ? "Counter updates of " + write.operations().entityName() + " need a COUNTER batch: coodie.batch("
              + "DefaultBatchType.COUNTER)"
          : "A COUNTER batch takes counter increments and decrements only, not writes of "
              + write.operations().entityName());
    }
    writes.add(write);
    return this;
  }

  @Override
  public Batch insert(Object entity) {
    return add(context.operationsOf(entity).insertWrite(entity));
  }

  @Override
  public <T> Batch insert(EntityOperations<T> operations, T entity) {
    return add(((DefaultEntityOperations<T>) operations).insertWrite(entity));
  }

  @Override
  public Batch save(Object entity) {
    return add(context.operationsOf(entity).saveWrite(entity));
  }

  @Override
  public <T> Batch save(EntityOperations<T> operations, T entity) {
    return add(((DefaultEntityOperations<T>) operations).saveWrite(entity));
  }

  @Override
  public Batch delete(Object entity) {
    return add(context.operationsOf(entity).deleteWrite(entity));
  }

  @Override
  public <T> Batch delete(EntityOperations<T> operations, T entity) {
    return add(((DefaultEntityOperations<T>) operations).deleteWrite(entity));
  }

  @Override
  public Batch add(Update<?> update) {
    return add((BatchableWrite) update);
  }

  @Override
  public Batch add(Delete<?> delete) {
    return add((BatchableWrite) delete);
  }

  @Override
  public Batch timestamp(long micros) {
    this.timestamp = micros;
    return this;
  }

  @Override
  public Batch timestamp(Instant value) {
    return timestamp(ChronoUnit.MICROS.between(Instant.EPOCH, value));
  }

  @Override
  public Batch consistency(ConsistencyLevel level) {
    options = options.withConsistency(level);
    return this;
  }

  @Override
  public Batch serialConsistency(ConsistencyLevel level) {
    options = options.withSerialConsistency(level);
    return this;
  }

  @Override
  public int size() {
    return writes.size();
  }

  @Override
  public void execute() {
    Timing.run(context, null, Operation.BATCH, () -> Failures.join(checked()));
  }

  @Override
  public boolean tryExecute() {
    return Timing.applied(context, null, Operation.BATCH, () -> {
      AsyncResultSet rs = Failures.join(run());
      return rs == null || rs.wasApplied();
    });
  }

  @Override
  public CompletionStage<Void> executeAsync() {
    return Timing.async(context, null, Operation.BATCH, this::checked);
  }

  private CompletionStage<Void> checked() {
    return run().thenAccept(rs -> {
      if (rs == null) {
        return;
      }
      BatchableWrite first = writes.stream().filter(BatchableWrite::conditional).findFirst().orElse(null);
      if (first != null) {
        Writes.check(rs, true, first.operations(), "Conditional BATCH");
      }
    });
  }

  private CompletionStage<AsyncResultSet> run() {
    if (writes.isEmpty()) {
      return CompletableFuture.completedFuture(null);
    }
    List<BatchableWrite> snapshot = List.copyOf(writes);
    List<CompletableFuture<BoundStatement>> statements = new ArrayList<>(snapshot.size());
    boolean ready = true;
    try {
      for (BatchableWrite write : snapshot) {
        CompletableFuture<BoundStatement> statement = write.statementAsync();
        ready &= statement.isDone() && !statement.isCompletedExceptionally();
        statements.add(statement);
      }
    } catch (RuntimeException e) {
      snapshot.forEach(w -> w.failed(false));
      throw e;
    }
    CompletableFuture<Void> bound = ready ? CompletableFuture.completedFuture(null)
        : CompletableFuture.allOf(statements.toArray(CompletableFuture[]::new));
    CompletableFuture<AsyncResultSet> sent = bound.thenCompose(v -> context.session()
        .executeAsync(build(snapshot, statements)).toCompletableFuture());
    return sent.handle((rs, error) -> {
      if (error != null) {
        boolean mayHaveApplied = !bound.isCompletedExceptionally();
        snapshot.forEach(w -> w.failed(mayHaveApplied));
        throw error instanceof java.util.concurrent.CompletionException c ? c
            : new java.util.concurrent.CompletionException(error);
      }
      if (!conditional(snapshot) || rs.wasApplied()) {
        snapshot.forEach(BatchableWrite::applied);
      } else {
        snapshot.forEach(w -> w.failed(false));
      }
      return rs;
    });
  }

  private BatchStatement build(List<BatchableWrite> snapshot, List<CompletableFuture<BoundStatement>> statements) {
    BatchStatementBuilder builder = BatchStatement.builder(type);
    boolean idempotent = type != DefaultBatchType.COUNTER && !conditional(snapshot);
    for (CompletableFuture<BoundStatement> statement : statements) {
      BoundStatement bound = statement.join();
      builder.addStatement(bound);
      idempotent &= Boolean.TRUE.equals(bound.isIdempotent());
    }
    if (timestamp != null) {
      builder.setQueryTimestamp(timestamp);
    }
    if (options.consistency() != null) {
      builder.setConsistencyLevel(options.consistency());
    }
    if (options.serialConsistency() != null) {
      builder.setSerialConsistencyLevel(options.serialConsistency());
    }
    return builder.setIdempotence(idempotent).build();
  }

  private static boolean conditional(List<BatchableWrite> writes) {
    for (BatchableWrite write : writes) {
      if (write.conditional()) {
        return true;
      }
    }
    return false;
  }
}
