package io.coodie.core.api.metrics;

/** How a coodie operation ended. */
public enum Outcome {
  /** It completed normally (a conditional write that applied, or a write with nothing to send). */
  SUCCESS,
  /**
   * A lightweight transaction was not applied: the operation threw {@link io.coodie.core.api.LwtException}, or
   * {@code tryExecute()} returned {@code false}.
   */
  NOT_APPLIED,
  /** It failed with any other exception: invalid input, a driver error, a timeout. */
  ERROR;

  private final String tag = name().toLowerCase(java.util.Locale.ROOT);

  /** The lower-case name used as a metric tag value, for example {@code "not_applied"}. */
  public String tagValue() {
    return tag;
  }
}
