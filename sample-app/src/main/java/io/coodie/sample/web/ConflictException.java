package io.coodie.sample.web;

/** The request conflicts with the current state (a condition did not hold): answered with 409. */
public class ConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
