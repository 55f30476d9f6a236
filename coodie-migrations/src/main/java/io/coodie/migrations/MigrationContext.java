package io.coodie.migrations;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.util.List;

/**
 * What a {@link JavaMigration} works with: the session, the target keyspace, DDL that waits for schema agreement, and
 * token-range scans for data migrations.
 */
public final class MigrationContext {

  private final CqlSession session;
  private final CqlIdentifier keyspace;
  private final Migrator.Runner runner;

  MigrationContext(CqlSession session, CqlIdentifier keyspace, Migrator.Runner runner) {
    this.session = session;
    this.keyspace = keyspace;
    this.runner = runner;
  }

  /**
   * The session migrations run on (not necessarily bound to {@link #keyspace()}: qualify table names).
   *
   * @return the session
   */
  public CqlSession session() {
    return session;
  }

  /**
   * The keyspace being migrated.
   *
   * @return the keyspace
   */
  public CqlIdentifier keyspace() {
    return keyspace;
  }

  /**
   * Executes a statement, {@code ${keyspace}} replaced by the keyspace; after DDL ({@code CREATE}, {@code ALTER},
   * {@code DROP}, {@code TRUNCATE}) it waits until every node reports the same schema version. Fails if this runner
   * lost its lease.
   *
   * @param cql the statement
   * @param values bound values
   * @return the result
   */
  public ResultSet execute(String cql, Object... values) {
    return runner.execute(SimpleStatement.newInstance(runner.placeholders(cql), values));
  }

  /**
   * A token-range scan of a table of the keyspace, to configure (page size, rate, resume token) and run.
   *
   * @param table the table, CQL form
   * @return the scan
   */
  public TokenRangeScan scanner(String table) {
    return new TokenRangeScan(session, keyspace, CqlIdentifier.fromCql(table)).onProgress(token -> runner.check());
  }

  /**
   * Scans a whole table of the keyspace in token order with the default settings (pages of 1,000 rows, no rate
   * limit), in bounded memory.
   *
   * @param table the table, CQL form
   * @param columns the columns to read, CQL form; empty for all
   * @param consumer called once per row
   * @return the number of rows and the last token
   * @throws TokenScanException if the consumer throws
   */
  public TokenRangeScan.ScanResult scan(String table, List<String> columns, TokenRangeScan.RowConsumer consumer) {
    return scanner(table).columns(columns).run(consumer);
  }
}
