package io.coodie.core.internal.exec;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.query.Delete;
import io.coodie.core.internal.cql.DeleteSpec;
import io.coodie.core.internal.cql.Operator;
import io.coodie.core.internal.cql.Relation;
import java.util.Arrays;


/** The {@link Delete} implementation. */
final class DefaultDelete<T> extends AbstractWrite<T, Delete<T>> implements Delete<T> {

  DefaultDelete(DefaultEntityOperations<T> ops, WriteState state) {
    super(ops, state);
  }

  @Override
  Delete<T> with(WriteState newState) {
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
  String kind() {
    return "DELETE";
  }

  @Override
  boolean idempotent() {
    return true;
  }

  @Override
  DeleteSpec spec(WriteState sent) {
    for (ColumnMetadata key : ops.metadata.partitionKey()) {
      boolean restricted = sent.where().stream().anyMatch(r -> r instanceof Relation.OnColumn c
          && c.column().equals(key.name()) && (c.operator() == Operator.EQ || c.operator() == Operator.IN));
      if (!restricted) {
        throw new IllegalArgumentException("A delete of " + ops.metadata.javaType().getName() + " must restrict the"
            + " partition key column " + key.propertyName() + " with eq or in");
      }
    }
    return new DeleteSpec(ops.table, sent.deleteColumns(), sent.where(), sent.conditions(), sent.ifExists(),
        sent.timestamp() != null);
  }
}
