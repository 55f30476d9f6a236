package io.coodie.core.api.schema;

/**
 * What {@link SchemaManager#sync} does with the differences between the entities and the live
 * schema.
 *
 * <p>Every action that executes DDL first checks all given entities for incompatible changes and
 * refuses them with an {@link IncompatibleSchemaException} before running anything (except {@link
 * #RECREATE}, which drops the tables instead).
 */
public enum SchemaAction {

  /** Does nothing and reads nothing: the plan is empty. */
  NONE,

  /**
   * Changes nothing; {@link SchemaManager#sync} throws a {@link SchemaValidationException} listing
   * every difference (missing types, fields, tables, columns, indexes, differing options and
   * incompatible definitions). {@link SchemaManager#plan} returns the differences without throwing.
   * Warnings (e.g. extra columns in the database) are not differences.
   */
  VALIDATE,

  /**
   * Creates what is missing: user types (inner types first), tables and indexes, all with {@code
   * IF NOT EXISTS}. Existing tables and types are not altered; their differences are reported in
   * {@link SchemaPlan#differences()} (use {@link #UPDATE} to apply them).
   */
  CREATE,

  /**
   * {@link #CREATE}, plus additive changes to existing objects: {@code ALTER TYPE ... ADD} for new
   * fields, {@code ALTER TABLE ... ADD} for new columns, missing indexes, and {@code ALTER TABLE
   * ... WITH} for declared table options whose live value differs. Columns, fields and indexes that
   * exist only in the database are reported as warnings and kept. An unchanged entity produces no
   * statement at all.
   */
  UPDATE,

  /**
   * Drops the entities' tables (and user types whose fields changed incompatibly, with the types
   * of the given entities that use them), then creates everything. <strong>Deletes all data of
   * those tables: for tests, demos and local development only, never for production.</strong>
   */
  RECREATE
}
