package io.coodie.core.api.mapping;

/** What an {@link Index} on a collection column indexes. */
public enum IndexTarget {
  /**
   * {@link #VALUES} for a non-frozen list, set or map, {@link #FULL} for a frozen collection, the
   * plain column otherwise.
   */
  AUTO,
  /** The elements of a list or set, the values of a map ({@code values(col)}); non-frozen only. */
  VALUES,
  /** The keys of a non-frozen map ({@code keys(col)}). */
  KEYS,
  /** The key/value pairs of a non-frozen map ({@code entries(col)}). */
  ENTRIES,
  /** The whole value of a frozen collection ({@code full(col)}). */
  FULL
}
