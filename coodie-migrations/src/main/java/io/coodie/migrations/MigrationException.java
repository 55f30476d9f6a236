package io.coodie.migrations;

/** A migration run could not start or complete; the message says why and what to do. */
public class MigrationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   */
  public MigrationException(String message) {
    super(message);
  }

  /**
   * Creates the exception.
   *
   * @param message what happened and what to do
   * @param cause the cause
   */
  public MigrationException(String message, Throwable cause) {
    super(message, cause);
  }
}
