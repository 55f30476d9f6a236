package io.coodie.core.api;

/**
 * A query that coodie knows the server would reject, or that would silently scan the whole table: thrown before
 * anything is sent. The message names the entity and property and says how to fix the query.
 */
public class QueryValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with its message. */
  public QueryValidationException(String message) {
    super(message);
  }
}
