package io.coodie.core.api.query;

/** Comparison operators of lightweight-transaction conditions ({@code IF column <op> value}). */
public enum Comparison {
  /** {@code =} */
  EQ,
  /** {@code !=} */
  NE,
  /** {@code <} */
  LT,
  /** {@code <=} */
  LTE,
  /** {@code >} */
  GT,
  /** {@code >=} */
  GTE,
  /** {@code IN}: the value is a collection of candidates. */
  IN
}
