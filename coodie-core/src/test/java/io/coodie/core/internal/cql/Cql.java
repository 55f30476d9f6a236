package io.coodie.core.internal.cql;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import java.util.Arrays;
import java.util.List;

/** Shorthands for the rendering tests. */
final class Cql {
  static final TableRef PRODUCTS = new TableRef(CqlIdentifier.fromInternal("shop"), id("products"));
  static final TableRef UNQUALIFIED = new TableRef(null, id("products"));

  private Cql() {}

  /** A table whose keyspace and name need quoting. */
  static final class Dummy {
    TableRef table() {
      return new TableRef(CqlIdentifier.fromInternal("Shop"), CqlIdentifier.fromInternal("order"));
    }
  }

  static CqlIdentifier id(String internal) {
    return CqlIdentifier.fromInternal(internal);
  }

  static List<CqlIdentifier> ids(String... internal) {
    return Arrays.stream(internal).map(CqlIdentifier::fromInternal).toList();
  }

  static Relation.OnColumn rel(String column, Operator op) {
    return new Relation.OnColumn(id(column), op);
  }
}
