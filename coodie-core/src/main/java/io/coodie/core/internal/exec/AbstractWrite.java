package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metrics.Operation;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.internal.cql.Condition;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.StatementSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * What UPDATE and DELETE builders share: a {@link WriteState} on one entity type, conditions, timestamp,
 * consistency, and execution with the lightweight-transaction outcome checked.
 *
 * @param <T> the entity type
 * @param <S> the builder's public type, returned by every option method
 */
abstract class AbstractWrite<T, S> implements BatchableWrite {

  final DefaultEntityOperations<T> ops;
  final WriteState state;

  AbstractWrite(DefaultEntityOperations<T> ops, WriteState state) {
    this.ops = ops;
    this.state = state;
  }

  /** A builder like this one with another state. */
  abstract S with(WriteState newState);

  /** The statement shape of {@code sent}. */
  abstract StatementSpec spec(WriteState sent);

  /** Whether replaying the statement gives the same result. */
  abstract boolean idempotent();

  /** The state as sent (a subclass may adjust it). */
  WriteState sent() {
    return state;
  }

  /** For messages: {@code UPDATE} or {@code DELETE}. */
  abstract String kind();

  public S iff(String property, Object expected) {
    return iff(property, Comparison.EQ, expected);
  }

  public S iff(String property, Comparison comparison, Object value) {
    ColumnMetadata column = ops.metadata.column(property);
    return with(state.withCondition(new Condition(column.name(), Operator.valueOf(comparison.name())),
        Writes.conditionValue(ops, column, comparison, value)));
  }

  public S ifExists() {
    Writes.rejectConditionsOnCounters(ops);
    return with(state.withIfExists());
  }

  public S timestamp(long micros) {
    return with(state.withTimestamp(micros));
  }

  public S timestamp(Instant timestamp) {
    return timestamp(ChronoUnit.MICROS.between(Instant.EPOCH, timestamp));
  }

  public S consistency(ConsistencyLevel level) {
    return with(state.withOptions(state.options().withConsistency(level)));
  }

  public S serialConsistency(ConsistencyLevel level) {
    return with(state.withOptions(state.options().withSerialConsistency(level)));
  }

  public void execute() {
    Timing.run(ops.context, ops.metadata.javaType(), operation(), this::executeUntimed);
  }

  /** Executes without telling the operation listener (for callers that time the operation themselves). */
  void executeUntimed() {
    Writes.check(ops.context.session().execute(statement()), state.conditional(), ops, "Conditional " + kind());
  }

  public boolean tryExecute() {
    return Timing.applied(ops.context, ops.metadata.javaType(), operation(),
        () -> ops.context.session().execute(statement()).wasApplied());
  }

  public CompletionStage<Void> executeAsync() {
    return Timing.async(ops.context, ops.metadata.javaType(), operation(),
        () -> statementAsync().thenCompose(s -> ops.context.session().executeAsync(s))
            .thenAccept(rs -> Writes.check(rs, state.conditional(), ops, "Conditional " + kind())));
  }

  private Operation operation() {
    return this instanceof DefaultDelete ? Operation.DELETE : Operation.UPDATE;
  }

  public String cql() {
    return spec(sent()).render().cql();
  }

  @Override
  public String toString() {
    return kind() + "<" + ops.metadata.javaType().getSimpleName() + ">[" + cql() + "]";
  }

  @Override
  public BoundStatement statement() {
    WriteState s = sent();
    return Writes.bind(ops.context.shape(ops.metadata, spec(s)), s, idempotent());
  }

  @Override
  public CompletableFuture<BoundStatement> statementAsync() {
    WriteState s = sent();
    return ops.context.shapeAsync(ops.metadata, spec(s)).thenApply(shape -> Writes.bind(shape, s, idempotent()));
  }

  @Override
  public boolean conditional() {
    return state.conditional();
  }

  @Override
  public DefaultEntityOperations<?> operations() {
    return ops;
  }
}
