package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.cql.BoundStatement;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.query.Comparison;
import io.coodie.core.api.query.Delete;
import io.coodie.core.internal.cql.Condition;
import io.coodie.core.internal.cql.DeleteSpec;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/** The {@link Delete} implementation: a {@link WriteState} on one entity type. */
final class DefaultDelete<T> implements Delete<T>, BatchableWrite {

  private final DefaultEntityOperations<T> ops;
  private final WriteState state;

  DefaultDelete(DefaultEntityOperations<T> ops, WriteState state) {
    this.ops = ops;
    this.state = state;
  }

  private DefaultDelete<T> with(WriteState newState) {
    return new DefaultDelete<>(ops, newState);
  }

  @Override
  public Delete<T> columns(String... properties) {
    return with(state.withDeleteColumns(Arrays.stream(properties).map(p -> {
      ColumnMetadata column = ops.metadata.column(p);
      if (column.kind().isPrimaryKey()) {
        throw new IllegalArgumentException("Cannot delete the primary key column " + ops.metadata.javaType().getName()
            + "." + p + "; delete the whole row instead");
      }
      return column.name();
    }).toList()));
  }

  @Override
  public Delete<T> iff(String property, Object expected) {
    return iff(property, Comparison.EQ, expected);
  }

  @Override
  public Delete<T> iff(String property, Comparison comparison, Object value) {
    ColumnMetadata column = ops.metadata.column(property);
    return with(state.withCondition(new Condition(column.name(), Operator.valueOf(comparison.name())),
        Writes.conditionValue(ops, column, comparison, value)));
  }

  @Override
  public Delete<T> ifExists() {
    Writes.rejectConditionsOnCounters(ops);
    return with(state.withIfExists());
  }

  @Override
  public Delete<T> timestamp(long micros) {
    return with(state.withTimestamp(micros));
  }

  @Override
  public Delete<T> timestamp(Instant timestamp) {
    return timestamp(ChronoUnit.MICROS.between(Instant.EPOCH, timestamp));
  }

  @Override
  public Delete<T> consistency(ConsistencyLevel level) {
    return with(state.withOptions(state.options().withConsistency(level)));
  }

  @Override
  public Delete<T> serialConsistency(ConsistencyLevel level) {
    return with(state.withOptions(state.options().withSerialConsistency(level)));
  }

  @Override
  public void execute() {
    Writes.check(ops.context.session().execute(statement()), state.conditional(), ops, "Conditional DELETE");
  }

  @Override
  public boolean tryExecute() {
    return ops.context.session().execute(statement()).wasApplied();
  }

  @Override
  public CompletionStage<Void> executeAsync() {
    return statementAsync().thenCompose(s -> ops.context.session().executeAsync(s))
        .thenAccept(rs -> Writes.check(rs, state.conditional(), ops, "Conditional DELETE"));
  }

  @Override
  public String cql() {
    return spec().render().cql();
  }

  DeleteSpec spec() {
    for (ColumnMetadata key : ops.metadata.partitionKey()) {
      boolean restricted = state.where().stream().anyMatch(r -> r instanceof Relation.OnColumn c
          && c.column().equals(key.name()) && (c.operator() == Operator.EQ || c.operator() == Operator.IN));
      if (!restricted) {
        throw new IllegalArgumentException("A delete of " + ops.metadata.javaType().getName() + " must restrict the"
            + " partition key column " + key.propertyName() + " with eq or in");
      }
    }
    return new DeleteSpec(ops.table, state.deleteColumns(), state.where(), state.conditions(), state.ifExists(),
        state.timestamp() != null);
  }

  BoundStatement statement() {
    return Writes.bind(ops.context.shape(ops.metadata, spec()), state, true);
  }

  @Override
  public CompletableFuture<BoundStatement> statementAsync() {
    return ops.context.shapeAsync(ops.metadata, spec()).thenApply(shape -> Writes.bind(shape, state, true));
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
