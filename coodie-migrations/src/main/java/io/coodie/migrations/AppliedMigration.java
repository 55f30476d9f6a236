package io.coodie.migrations;

import java.time.Instant;

/**
 * A row of the history table: a migration that ran (successfully or not), or a baseline.
 *
 * @param version the version
 * @param description the description it had when it ran
 * @param type the type
 * @param script the file or class it came from
 * @param checksum the checksum it had when it ran, or null
 * @param installedBy who ran it: the login (when the session authenticates) and the host
 * @param installedOn when it finished
 * @param executionTimeMillis how long it ran
 * @param success whether it completed; false for a failed migration, which the next run retries
 * @param error for a failed migration: the statement that failed (or the exception of a Java migration) and the
 *     error; null otherwise
 */
public record AppliedMigration(MigrationVersion version, String description, MigrationType type, String script,
    Integer checksum, String installedBy, Instant installedOn, long executionTimeMillis, boolean success,
    String error) {}
