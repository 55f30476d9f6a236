package io.coodie.core.internal.cql;

/** Relation and condition operators of CQL. */
public enum Operator {
  EQ, NE, LT, LTE, GT, GTE, IN, CONTAINS, CONTAINS_KEY, LIKE;

  /** Whether the operator compares ranges of values, as opposed to equality or membership. */
  public boolean isRange() {
    return this == LT || this == LTE || this == GT || this == GTE;
  }
}
