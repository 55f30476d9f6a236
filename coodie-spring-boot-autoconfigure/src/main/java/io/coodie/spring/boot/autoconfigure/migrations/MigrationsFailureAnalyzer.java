package io.coodie.spring.boot.autoconfigure.migrations;

import io.coodie.migrations.ChecksumMismatchException;
import io.coodie.migrations.MigrationException;
import io.coodie.migrations.MigrationFailedException;
import io.coodie.migrations.MigrationLockedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start-up that failed on the migrations: the migration error itself (not the beans whose creation it
 * interrupted), and what to do about it.
 */
public class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, MigrationException cause) {
    String action;
    if (cause instanceof ChecksumMismatchException) {
      action = "Revert the change to the applied migration and put it in a new migration. If the change is intended"
          + " (a comment, formatting, or a fix applied by hand), start once with coodie.migrations.repair=true (or"
          + " call Migrator.repair()) to store the new checksums, then remove the setting.";
    } else if (cause instanceof MigrationFailedException) {
      action = "Fix the failed migration (make its statements repeatable: IF NOT EXISTS / IF EXISTS) and restart:"
          + " it is retried, whole, and the later migrations follow. Its row in the history table holds the error.";
    } else if (cause instanceof MigrationLockedException) {
      action = "Another instance is migrating: wait and restart, or raise coodie.migrations.lease-wait. A crashed"
          + " instance's lease expires after coodie.migrations.lease-ttl.";
    } else if (cause instanceof SchemaActionConflictException) {
      action = "Set coodie.schema.action=validate (checks the migrated schema against the entities) or none, or set"
          + " coodie.migrations.enabled=false to let coodie.schema.action manage the schema.";
    } else {
      action = "Check coodie.migrations.locations, the migration named above and coodie.migrations.keyspace (or"
          + " spring.cassandra.keyspace-name); run with coodie.migrations.dry-run=true to list what would be applied.";
    }
    return new FailureAnalysis("coodie could not migrate the schema at start-up (coodie.migrations.*):\n\n"
        + cause.getMessage(), action, cause);
  }
}
