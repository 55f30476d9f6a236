package io.coodie.migrations;

/** Where a migration stands, as {@link Migrator#info()} lists it. */
public enum MigrationState {
  /** Found and not applied yet: the next run applies it. */
  PENDING,
  /** Applied successfully, with the same checksum as now. */
  APPLIED,
  /** Its last run failed (recorded with {@code success = false}): the next run retries it. */
  FAILED,
  /** Applied, but its script changed since: runs are refused until it is reverted or {@link Migrator#repair()}ed. */
  CHECKSUM_MISMATCH,
  /** Applied, but no longer found in the locations (kept in the history; a warning, not an error). */
  MISSING,
  /** Not applied, but a higher version is: refused; give it a version above the latest applied one. */
  OUT_OF_ORDER,
  /** The baseline row written by {@link Migrator#baseline}. */
  BASELINE,
  /** Not applied, at or below the baseline version: the schema it creates existed before; never applied. */
  BELOW_BASELINE,
  /** Not applied, above the configured target version: left for a later run. */
  ABOVE_TARGET
}
