package io.coodie.migrations;

/** What a migration is made of, as the history table's {@code type} column records it. */
public enum MigrationType {
  /** A versioned {@code .cql} file. */
  CQL,
  /** A {@link JavaMigration}. */
  JAVA,
  /** A baseline row written by {@link Migrator#baseline}: the schema up to its version existed before. */
  BASELINE
}
