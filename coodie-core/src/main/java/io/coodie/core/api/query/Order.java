package io.coodie.core.api.query;

/** Direction of an {@code ORDER BY} on a clustering column. */
public enum Order {
  /** Ascending. */
  ASC,
  /** Descending. */
  DESC
}
