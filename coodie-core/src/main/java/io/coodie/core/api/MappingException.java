package io.coodie.core.api;

/**
 * Thrown when a Java type cannot be mapped to Cassandra: a missing or contradictory annotation, a
 * Java type without a CQL equivalent, an unusable constructor, or a Java model that no longer
 * matches the live schema.
 *
 * <p>Messages name the offending class and property, and say what to change.
 */
public class MappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with the given message.
   *
   * @param message what is wrong and how to fix it
   */
  public MappingException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the given message and cause.
   *
   * @param message what is wrong and how to fix it
   * @param cause the underlying failure
   */
  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
