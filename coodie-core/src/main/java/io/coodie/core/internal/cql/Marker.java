package io.coodie.core.internal.cql;

/**
 * What one positional bind marker ({@code ?}) of a rendered statement stands for, so values are bound by index
 * without parsing CQL or looking up names.
 */
public sealed interface Marker {

  /** The value of the spec's {@code index}-th column (INSERT values, SELECT/DELETE column lists). */
  record ColumnValue(int index) implements Marker {}

  /** Part {@code part} (0 or 1) of the spec's {@code index}-th WHERE relation. */
  record Where(int index, int part) implements Marker {}

  /** Part {@code part} (0 or 1) of the spec's {@code index}-th assignment. */
  record Assign(int index, int part) implements Marker {}

  /** The spec's {@code index}-th IF condition. */
  record If(int index) implements Marker {}

  /** {@code USING TTL ?} (int seconds). */
  record Ttl() implements Marker {}

  /** {@code USING TIMESTAMP ?} (bigint microseconds). */
  record Timestamp() implements Marker {}

  /** {@code LIMIT ?} (int). */
  record Limit() implements Marker {}

  /** {@code PER PARTITION LIMIT ?} (int). */
  record PerPartitionLimit() implements Marker {}
}
