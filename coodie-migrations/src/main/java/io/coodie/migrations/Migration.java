package io.coodie.migrations;

import java.util.List;
import java.util.Objects;

/**
 * A migration found in the locations (or registered): its version, what it is and where it comes from.
 *
 * @param version the version
 * @param description the description
 * @param type {@link MigrationType#CQL} or {@link MigrationType#JAVA}
 * @param script where it comes from: the location and file name, or the class name
 * @param checksum the CRC32 of the normalised script, the Java migration's own checksum, or null
 * @param statements the statements of a CQL migration, as written (placeholders not yet replaced); empty for Java
 * @param java the Java migration, or null for CQL
 */
public record Migration(MigrationVersion version, String description, MigrationType type, String script,
    Integer checksum, List<String> statements, JavaMigration java) {

  /** Copies the statements. */
  public Migration {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(type, "type");
    statements = List.copyOf(statements);
  }

  /**
   * A CQL migration from its file name and text.
   *
   * @param location the location it was found in, for messages
   * @param fileName e.g. {@code V1__create_orders.cql}
   * @param text the script
   * @return the migration
   * @throws MigrationException if the name does not follow the pattern or the script cannot be split
   */
  public static Migration cql(String location, String fileName, String text) {
    String script = location.endsWith("/") ? location + fileName : location + "/" + fileName;
    try {
      MigrationNames.Parsed name = MigrationNames.parse(fileName, ".cql");
      return new Migration(name.version(), name.description(), MigrationType.CQL, script,
          CqlScripts.checksum(text), CqlScripts.split(text), null);
    } catch (IllegalArgumentException e) {
      throw new MigrationException(script + ": " + e.getMessage(), e);
    }
  }

  /**
   * A Java migration.
   *
   * @param migration the migration
   * @return its description
   * @throws MigrationException if its version is not valid
   */
  public static Migration java(JavaMigration migration) {
    try {
      return new Migration(MigrationVersion.parse(migration.version()), migration.description(), MigrationType.JAVA,
          migration.getClass().getName(), migration.checksum(), List.of(), migration);
    } catch (IllegalArgumentException e) {
      throw new MigrationException(migration.getClass().getName() + ": " + e.getMessage(), e);
    }
  }
}
