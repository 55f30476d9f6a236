package io.coodie.migrations;

import java.util.List;

/**
 * Applied migrations were changed after they ran: their checksum differs from the one in the history table. Nothing
 * was executed. Revert the change (and write a new migration instead), or, if the change is harmless (a comment, a
 * reformatting) or was applied by hand, run {@link Migrator#repair()} to store the new checksums.
 */
public class ChecksumMismatchException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final List<String> mismatches;

  /**
   * Creates the exception.
   *
   * @param mismatches one line per changed migration: version, script, checksum applied and found
   */
  public ChecksumMismatchException(List<String> mismatches) {
    super("Applied migration" + (mismatches.size() == 1 ? " was" : "s were") + " changed after they ran; nothing was"
        + " executed:\n  - " + String.join("\n  - ", mismatches) + "\nRevert the change and put it in a new"
        + " migration, or, if it is intended (a comment, formatting, or a fix applied by hand), run repair"
        + " (Migrator.repair(), or coodie.migrations.repair=true at start-up once) to store the new checksums.");
    this.mismatches = List.copyOf(mismatches);
  }

  /**
   * The changed migrations.
   *
   * @return one line each
   */
  public List<String> mismatches() {
    return mismatches;
  }
}
