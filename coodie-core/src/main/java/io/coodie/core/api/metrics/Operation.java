package io.coodie.core.api.metrics;

/** The kind of coodie operation an {@link OperationListener} is told about. */
public enum Operation {
  /** {@code EntityOperations.get} by primary key. */
  GET,
  /** A terminal method of a {@code Query}: list, stream, first, one, count, exists, page, forEach. */
  QUERY,
  /** {@code EntityOperations.insert}. */
  INSERT,
  /** {@code EntityOperations.save}: an INSERT for a new entity, an UPDATE of its changes (or nothing) otherwise. */
  SAVE,
  /**
   * {@code EntityOperations.update}, and blind updates: {@code mutate}, {@code mutateById}, {@code query().update()}.
   */
  UPDATE,
  /** {@code EntityOperations.delete}, {@code deleteById} and {@code query().delete()}. */
  DELETE,
  /** A {@code Batch} executed. */
  BATCH;

  private final String tag = name().toLowerCase(java.util.Locale.ROOT);

  /** The lower-case name used as a metric tag value, for example {@code "get"}. */
  public String tagValue() {
    return tag;
  }
}
