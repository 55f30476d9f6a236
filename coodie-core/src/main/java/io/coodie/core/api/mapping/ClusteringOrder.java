package io.coodie.core.api.mapping;

/** Sort order of a {@link ClusteringColumn} inside a partition. */
public enum ClusteringOrder {
  /** Ascending ({@code ASC}), the CQL default. */
  ASC,
  /** Descending ({@code DESC}). */
  DESC
}
