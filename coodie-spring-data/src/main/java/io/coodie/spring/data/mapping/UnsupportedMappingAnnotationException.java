package io.coodie.spring.data.mapping;

import io.coodie.core.api.MappingException;

/**
 * A Spring Data (or Spring Data Cassandra) annotation on a coodie entity that coodie does not honour: thrown when the
 * repository is created, so that start-up fails instead of the annotation being silently ignored. The message names
 * the class, the property and the annotation, and says what to use instead.
 */
public class UnsupportedMappingAnnotationException extends MappingException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the class, property and annotation, and what to do
   */
  public UnsupportedMappingAnnotationException(String message) {
    super(message);
  }
}
