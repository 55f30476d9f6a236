package io.coodie.spring.data.core;

import org.springframework.dao.UncategorizedDataAccessException;

/** A driver failure that no more specific {@code DataAccessException} describes. */
public class CoodieUncategorizedException extends UncategorizedDataAccessException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the message
   * @param cause the driver's exception
   */
  public CoodieUncategorizedException(String message, Throwable cause) {
    super(message, cause);
  }
}
