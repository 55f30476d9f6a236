package io.coodie.migrations;

/**
 * A migration failed: it is recorded in the history table with {@code success = false} and the error, the run
 * stopped, and no later migration was applied. Statements of the migration that ran before the failing one stay
 * applied (Cassandra DDL is not transactional). The next run retries the failed migration, whole, whether or not
 * its script changed: fix it (write DDL with {@code IF NOT EXISTS} / {@code IF EXISTS} so that a retry can pass the
 * statements that did apply) and run again.
 */
public class MigrationFailedException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final MigrationVersion version;

  /**
   * Creates the exception.
   *
   * @param version the failed migration's version
   * @param message what failed
   * @param cause the error
   */
  public MigrationFailedException(MigrationVersion version, String message, Throwable cause) {
    super(message, cause);
    this.version = version;
  }

  /**
   * The version of the failed migration.
   *
   * @return the version
   */
  public MigrationVersion version() {
    return version;
  }
}
