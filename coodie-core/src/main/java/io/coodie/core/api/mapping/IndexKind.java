package io.coodie.core.api.mapping;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The implementation behind an {@link Index}. */
public enum IndexKind {
  /** The built-in legacy secondary index ({@code CREATE INDEX}). */
  SECONDARY(null),
  /** Storage-attached index (Cassandra 5+, {@code USING 'StorageAttachedIndex'}). */
  SAI("StorageAttachedIndex"),
  /** SSTable-attached secondary index ({@code USING 'org.apache.cassandra.index.sasi.SASIIndex'}). */
  SASI("org.apache.cassandra.index.sasi.SASIIndex");

  private final @Nullable String indexClass;

  IndexKind(@Nullable String indexClass) {
    this.indexClass = indexClass;
  }

  /**
   * The class named in {@code CREATE CUSTOM INDEX ... USING '<class>'}.
   *
   * @return the custom index class, or empty for {@link #SECONDARY}
   */
  public Optional<String> indexClass() {
    return Optional.ofNullable(indexClass);
  }
}
