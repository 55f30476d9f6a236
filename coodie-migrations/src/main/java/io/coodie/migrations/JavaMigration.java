package io.coodie.migrations;

/**
 * A migration written in Java: data backfills, or DDL that depends on what is in the database. Discovered from the
 * classpath locations (a public class with a public no-argument constructor, in the location's package or below),
 * or registered explicitly ({@code Migrator.Builder.javaMigrations}, or as Spring beans).
 *
 * <p>By default the version and description come from the simple class name, like a CQL file's:
 * {@code V3__Backfill_order_totals} is version 3, "Backfill order totals". Override {@link #version()} and
 * {@link #description()} to name them otherwise.
 *
 * <pre>{@code
 * public class V3__Backfill_order_totals implements JavaMigration {
 *   public void migrate(MigrationContext context) {
 *     PreparedStatement update = context.session().prepare("UPDATE orders SET total = ? WHERE id = ?");
 *     context.scan("orders", List.of("id", "lines"), row -> context.session().execute(update.bind(...)));
 *   }
 * }
 * }</pre>
 *
 * Like a CQL migration, a Java migration that throws is recorded as failed, stops the run, and runs again, whole,
 * on the next run: make it safe to repeat (writes are upserts in Cassandra, so a backfill usually is).
 */
public interface JavaMigration {

  /**
   * The version; by default parsed from a class name {@code V<version>__<description>}.
   *
   * @return the version, e.g. {@code 3} or {@code 1.1}
   */
  default String version() {
    return MigrationNames.parse(getClass().getSimpleName(), "").version().toString();
  }

  /**
   * The description; by default the class name's part after {@code __}, underscores read as spaces.
   *
   * @return the description
   */
  default String description() {
    return MigrationNames.parse(getClass().getSimpleName(), "").description();
  }

  /**
   * A checksum recorded in the history table and compared on later runs like a CQL file's, so that a change to the
   * migration is noticed; null (the default) records none and compares nothing.
   *
   * @return the checksum, or null
   */
  default Integer checksum() {
    return null;
  }

  /**
   * Runs the migration.
   *
   * @param context the session, the keyspace and helpers (DDL with schema agreement, token-range scans)
   * @throws Exception to fail the migration: it is recorded as failed and the run stops
   */
  void migrate(MigrationContext context) throws Exception;
}
