package io.coodie.core.internal.exec;

import io.coodie.core.api.metadata.ColumnMetadata;

/** The Java side of one bind marker or result column, from which its codec is built against the live CQL type. */
sealed interface ValueType {

  /** A value the driver's default codec handles (TTL, timestamp, limit, token, counter delta, count). */
  record Native() implements ValueType {}

  /** A value derived from a mapped column's Java type. */
  record OfColumn(ColumnMetadata column, Part part) implements ValueType {}

  /** Which part of the column's type a marker binds. */
  enum Part {
    /** The column's own type. */
    VALUE,
    /** An element of a list or set, or a value of a map ({@code CONTAINS}). */
    ELEMENT,
    /** A key of a map ({@code CONTAINS KEY}, {@code m[?]}). */
    KEY,
    /** A value of a map ({@code m[?] = ?}). */
    MAP_VALUE,
    /** A list of the column's values ({@code IN ?}). */
    LIST_OF_VALUES,
    /** A set of the map's keys (remove keys). */
    SET_OF_KEYS
  }

  /** Shorthand for {@code new Native()}. */
  ValueType NATIVE = new Native();
}
