package io.coodie.core.api;

/**
 * A query that coodie knows the server would reject, or that would silently scan the whole table: thrown before
 * anything is sent. The message names the entity and property and says how to fix the query.
 */
public class QueryValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final boolean fixedByAllowFiltering;

  /** Creates the exception with its message. */
  public QueryValidationException(String message) {
    this(message, false);
  }

  /**
   * Creates the exception with its message.
   *
   * @param message what is wrong and how to fix it
   * @param fixedByAllowFiltering whether {@code allowFiltering()} makes the query acceptable (it needs a scan or a
   *     server-side filter rather than being invalid)
   */
  public QueryValidationException(String message, boolean fixedByAllowFiltering) {
    super(message);
    this.fixedByAllowFiltering = fixedByAllowFiltering;
  }

  /**
   * Whether the query is refused only because it would scan or filter: {@code allowFiltering()} makes it acceptable.
   * False for queries the server rejects anyway (ordering by a non-clustering column, say).
   *
   * @return whether allowFiltering() fixes the query
   */
  public boolean fixedByAllowFiltering() {
    return this.fixedByAllowFiltering;
  }
}
