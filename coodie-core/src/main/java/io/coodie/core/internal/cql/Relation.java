package io.coodie.core.internal.cql;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.util.List;

/** One restriction of a WHERE clause. Each binds the values listed in {@link RenderedStatement#markers()}. */
public sealed interface Relation {

  /** {@code column <op> ?}; {@code IN ?} binds a whole list. */
  record OnColumn(CqlIdentifier column, Operator operator) implements Relation {}

  /** {@code map[?] = ?}: a map entry, served by an {@code ENTRIES} index. Binds the key, then the value. */
  record OnMapEntry(CqlIdentifier column) implements Relation {}

  /**
   * {@code token(pk...) <op> ?} (a raw token value) or, with {@code ofValues}, {@code token(pk...) <op> token(?, ...)}
   * (one marker per partition key column).
   */
  record OnToken(List<CqlIdentifier> partitionKey, Operator operator, boolean ofValues) implements Relation {
    public OnToken {
      partitionKey = List.copyOf(partitionKey);
    }
  }
}
