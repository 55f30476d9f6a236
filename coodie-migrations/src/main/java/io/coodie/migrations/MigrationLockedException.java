package io.coodie.migrations;

/**
 * The migration lease is held by another runner and was not released within the wait time, or this runner lost its
 * lease while migrating (it could not renew it in time). A lease left by a crashed runner expires after its TTL.
 */
public class MigrationLockedException extends MigrationException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message who holds the lease and what to do
   */
  public MigrationLockedException(String message) {
    super(message);
  }
}
