package io.coodie.core.internal.cql;

import com.datastax.oss.driver.api.core.CqlIdentifier;

/**
 * One part of an UPDATE's SET clause.
 *
 * @param column the column assigned
 * @param kind what is done to it
 */
public record Assignment(CqlIdentifier column, Kind kind) {

  /** The assignment operations, with the CQL each renders and the markers each binds. */
  public enum Kind {
    /** {@code c = ?} */
    SET,
    /** {@code c = c + ?}: counter increment (bigint). */
    INCREMENT,
    /** {@code c = c - ?}: counter decrement (bigint). */
    DECREMENT,
    /** {@code c = c + ?}: list append, set add, map put-all (binds a collection of the column's type). */
    APPEND,
    /** {@code c = ? + c}: list prepend. */
    PREPEND,
    /** {@code c = c - ?}: list/set remove elements (binds a collection of the column's type). */
    REMOVE,
    /** {@code c = c - ?}: map remove keys (binds a set of keys). */
    REMOVE_KEYS,
    /** {@code c[?] = ?}: map put one entry (binds the key, then the value). */
    PUT_ENTRY
  }
}
