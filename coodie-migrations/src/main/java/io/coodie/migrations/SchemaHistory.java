package io.coodie.migrations;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history table: one row per migration version that ran, read whole (it is small) at {@code QUORUM}, written
 * at {@code QUORUM} by the runner holding the lease.
 */
final class SchemaHistory {

  private final CqlSession session;
  private final String keyspace;
  private final String tableName;
  private final String table;

  SchemaHistory(CqlSession session, String keyspace, String tableName) {
    this.session = session;
    this.keyspace = keyspace;
    this.tableName = tableName;
    this.table = keyspace + "." + tableName;
  }

  String table() {
    return table;
  }

  String createTable() {
    return "CREATE TABLE IF NOT EXISTS " + table + " (version text PRIMARY KEY, description text, type text,"
        + " script text, checksum int, installed_by text, installed_on timestamp, execution_time int,"
        + " success boolean, error text) WITH comment = 'coodie-migrations: the migrations applied to this keyspace'";
  }

  /** Whether the table exists, read from {@code system_schema} (no DDL). */
  boolean exists() {
    return exists(tableName);
  }

  /** Whether a table of the keyspace exists. */
  boolean exists(String name) {
    return session.execute(SimpleStatement.newInstance("SELECT table_name FROM system_schema.tables WHERE"
        + " keyspace_name = ? AND table_name = ?", internal(keyspace), internal(name))).one() != null;
  }

  String leaseTable() {
    return table + "_lease";
  }

  /** Creates the history and lease tables unless they exist. */
  void ensureTables(java.util.function.Consumer<String> ddl) {
    if (!exists()) {
      ddl.accept(createTable());
    }
    if (!exists(tableName + "_lease")) {
      ddl.accept(MigrationLease.createTable(leaseTable()));
    }
  }

  private static String internal(String cql) {
    return com.datastax.oss.driver.api.core.CqlIdentifier.fromCql(cql).asInternal();
  }

  /** Every row, by version; none when the table does not exist. */
  List<AppliedMigration> read() {
    if (!exists()) {
      return List.of();
    }
    List<AppliedMigration> rows = new ArrayList<>();
    for (Row row : session.execute(SimpleStatement.newInstance("SELECT * FROM " + table)
        .setConsistencyLevel(ConsistencyLevel.QUORUM))) {
      rows.add(new AppliedMigration(MigrationVersion.parse(row.getString("version")), row.getString("description"),
          MigrationType.valueOf(row.getString("type")), row.getString("script"),
          row.isNull("checksum") ? null : row.getInt("checksum"), row.getString("installed_by"),
          row.getInstant("installed_on"), row.getInt("execution_time"), row.getBoolean("success"),
          row.getString("error")));
    }
    rows.sort(Comparator.comparing(AppliedMigration::version));
    return rows;
  }

  void write(AppliedMigration row) {
    session.execute(SimpleStatement.newInstance("INSERT INTO " + table + " (version, description, type, script,"
        + " checksum, installed_by, installed_on, execution_time, success, error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        row.version().toString(), row.description(), row.type().name(), row.script(), row.checksum(),
        row.installedBy(), row.installedOn(), (int) Math.min(Integer.MAX_VALUE, row.executionTimeMillis()),
        row.success(), row.error()).setConsistencyLevel(ConsistencyLevel.QUORUM));
  }

  void updateChecksum(MigrationVersion version, Integer checksum, String description, String script) {
    session.execute(SimpleStatement.newInstance("UPDATE " + table + " SET checksum = ?, description = ?, script = ?"
        + " WHERE version = ?", checksum, description, script, version.toString())
        .setConsistencyLevel(ConsistencyLevel.QUORUM));
  }
}
