package io.coodie.migrations;

/**
 * One line of {@link Migrator#info()}: a migration found in the locations, a row of the history table, or both.
 *
 * @param version the version
 * @param description the description (from the locations when found there)
 * @param type the type
 * @param script the file or class (from the locations when found there)
 * @param checksum the checksum found in the locations, or null (Java migrations without one, missing ones)
 * @param state where it stands
 * @param applied its row in the history table, or null if it never ran
 */
public record MigrationInfo(MigrationVersion version, String description, MigrationType type, String script,
    Integer checksum, MigrationState state, AppliedMigration applied) {

  /** One line: version, state, description, script, and for applied ones who ran it when. */
  @Override
  public String toString() {
    String line = String.format("%-8s %-17s %s (%s)", version, state, description, script);
    if (applied != null) {
      line += " installed " + applied.installedOn() + " by " + applied.installedBy() + " in "
          + applied.executionTimeMillis() + " ms" + (applied.error() == null ? "" : ": " + applied.error());
    }
    return line;
  }
}
