package io.coodie.core.api.metadata;

/** The role of a column in its table. */
public enum ColumnKind {
  /** Part of the partition key. */
  PARTITION_KEY,
  /** A clustering column. */
  CLUSTERING,
  /** A static column, shared by all rows of a partition. */
  STATIC,
  /** Any other column. */
  REGULAR;

  /**
   * Whether this kind belongs to the primary key.
   *
   * @return true for {@link #PARTITION_KEY} and {@link #CLUSTERING}
   */
  public boolean isPrimaryKey() {
    return this == PARTITION_KEY || this == CLUSTERING;
  }
}
