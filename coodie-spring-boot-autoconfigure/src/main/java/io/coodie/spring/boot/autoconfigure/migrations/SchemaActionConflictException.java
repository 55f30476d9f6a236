package io.coodie.spring.boot.autoconfigure.migrations;

import io.coodie.migrations.MigrationException;

/**
 * Start-up refused: migrations would change the schema and so would {@code coodie.schema.action} (create, update or
 * recreate). Two tools changing one schema race each other and make the migrations' history a lie.
 */
public class SchemaActionConflictException extends MigrationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what conflicts
   */
  public SchemaActionConflictException(String message) {
    super(message);
  }
}
