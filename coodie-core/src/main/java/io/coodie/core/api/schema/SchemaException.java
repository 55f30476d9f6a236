package io.coodie.core.api.schema;

/**
 * A schema operation failed: a keyspace is missing or unknown, a DDL statement was rejected, or the
 * schema did not converge. Subclasses mark the cases callers may want to handle apart. Messages
 * name the keyspace, table or type concerned and say what to do.
 */
public class SchemaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message what went wrong and how to fix it
   */
  public SchemaException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message what went wrong and how to fix it
   * @param cause the underlying failure
   */
  public SchemaException(String message, Throwable cause) {
    super(message, cause);
  }
}
