package io.coodie.migrations;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned migrations to a keyspace.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder(session).keyspace("shop").build(); // classpath:db/cassandra
 * migrator.migrate();
 * }</pre>
 *
 * <h2>A run</h2>
 *
 * {@link #migrate()} resolves the migrations of the locations, creates the history table ({@code
 * coodie_schema_history}) and the lease table ({@code coodie_schema_history_lease}) in the keyspace if needed, takes
 * the lease (waiting up to {@link Builder#leaseWait}), reads the history, refuses to go on if an applied migration
 * changed ({@link ChecksumMismatchException}) or a pending one is older than the latest applied one, then applies
 * each pending migration in version order: a CQL file statement by statement, waiting for schema agreement on every
 * node after each DDL statement; a Java migration through its {@code migrate}. Each one is recorded when it ends:
 * version, description, type, script, checksum, installed by, installed on, execution time, success.
 *
 * <h2>Failure</h2>
 *
 * A failing statement or Java migration is recorded with {@code success = false} and the error, the run stops with
 * a {@link MigrationFailedException}, and later migrations are not applied. Statements of that migration that ran
 * before stay applied (Cassandra DDL is not transactional). <b>The next run retries the failed migration, whole</b>
 * (with its current script, changed or not), so write DDL with {@code IF NOT EXISTS}/{@code IF EXISTS}.
 *
 * <h2>Placeholders</h2>
 *
 * {@code ${keyspace}} in a CQL migration (and in {@link MigrationContext#execute}) is replaced by the target
 * keyspace, so one script serves every environment; the checksum is computed over the script as written.
 *
 * <p>Thread-safe; a migrator can run repeatedly (each run resolves the locations again).
 */
public final class Migrator {

  private static final Logger log = LoggerFactory.getLogger(Migrator.class);
  private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]{0,47}");
  private static final Pattern DDL = Pattern.compile("(?is)^\\s*(CREATE|ALTER|DROP|TRUNCATE)\\b.*");

  private final CqlSession session;
  private final CqlIdentifier keyspace;
  private final List<String> locations;
  private final List<JavaMigration> javaMigrations;
  private final ClassLoader classLoader;
  private final String historyTable;
  private final Duration leaseTtl;
  private final Duration leaseWait;
  private final MigrationVersion target;
  private final String installedBy;
  private final Duration agreementTimeout;
  private final Duration statementTimeout;

  private Migrator(Builder b) {
    this.session = b.session;
    this.keyspace = b.keyspace != null ? b.keyspace : b.session.getKeyspace().orElseThrow(() ->
        new MigrationException("No keyspace to migrate: the session is bound to none; set Migrator.Builder.keyspace"));
    this.locations = List.copyOf(b.locations);
    this.javaMigrations = List.copyOf(b.javaMigrations);
    this.classLoader = b.classLoader != null ? b.classLoader : Migrator.class.getClassLoader();
    this.historyTable = b.historyTable;
    this.leaseTtl = b.leaseTtl;
    this.leaseWait = b.leaseWait;
    this.target = b.target;
    this.installedBy = b.installedBy != null ? b.installedBy : defaultInstalledBy(b.session);
    DriverExecutionProfile profile = b.session.getContext().getConfig().getDefaultProfile();
    this.agreementTimeout = b.agreementTimeout != null ? b.agreementTimeout
        : profile.getDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(10));
    this.statementTimeout = b.statementTimeout;
  }

  /**
   * A builder.
   *
   * @param session the session migrations run on
   * @return the builder
   */
  public static Builder builder(CqlSession session) {
    return new Builder(session);
  }

  /**
   * The keyspace migrated.
   *
   * @return the keyspace
   */
  public CqlIdentifier keyspace() {
    return keyspace;
  }

  /**
   * The migrations found in the locations plus the registered Java migrations, by version. Reads nothing from
   * Cassandra.
   *
   * @return the migrations
   * @throws MigrationException for a badly named file or a duplicate version
   */
  public List<Migration> resolve() {
    return new MigrationResolver(classLoader).resolve(locations, javaMigrations);
  }

  /**
   * Applies the pending migrations (see the class description).
   *
   * @return the migrations this run applied, in order; empty when there was nothing to do
   * @throws ChecksumMismatchException if an applied migration changed; nothing ran
   * @throws MigrationFailedException if a migration failed; it is recorded, later ones did not run
   * @throws MigrationLockedException if another runner kept the lease past the wait, or this one lost it
   * @throws MigrationException for other problems (a migration out of order, a badly named file)
   */
  public List<AppliedMigration> migrate() {
    List<Migration> migrations = resolve();
    if (migrations.isEmpty()) {
      log.info("No migration found in {}; keyspace {} left as it is", locations, ks());
      return List.of();
    }
    SchemaHistory history = history();
    Runner runner = new Runner(null);
    history.ensureTables(ddl -> runner.execute(SimpleStatement.newInstance(ddl)));
    String leaseTable = history.leaseTable();
    String owner = installedBy + " " + UUID.randomUUID().toString().substring(0, 8);
    try (MigrationLease lease = MigrationLease.acquire(session, leaseTable, owner, leaseTtl, leaseWait)) {
      Runner leased = new Runner(lease);
      List<MigrationInfo> infos = info(migrations, history.read());
      refuse(infos);
      List<AppliedMigration> applied = new ArrayList<>();
      for (MigrationInfo info : infos) {
        if (info.state() == MigrationState.PENDING || info.state() == MigrationState.FAILED) {
          Migration migration = migrations.stream().filter(m -> m.version().equals(info.version())).findFirst()
              .orElseThrow();
          applied.add(apply(migration, history, leased, info.state() == MigrationState.FAILED));
        }
      }
      if (applied.isEmpty()) {
        log.info("Keyspace {} is up to date ({} migrations applied)", ks(), infos.stream()
            .filter(i -> i.state() == MigrationState.APPLIED).count());
      } else {
        log.info("Applied {} migration(s) to keyspace {}, now at version {}", applied.size(), ks(),
            applied.get(applied.size() - 1).version());
      }
      return applied;
    }
  }

  private AppliedMigration apply(Migration migration, SchemaHistory history, Runner runner, boolean retry) {
    log.info("Migrating keyspace {} to version {} - {}{}", ks(), migration.version(), migration.description(),
        retry ? " (failed before: retried)" : "");
    long start = System.nanoTime();
    String error = null;
    RuntimeException failure = null;
    if (migration.type() == MigrationType.CQL) {
      List<String> statements = migration.statements();
      for (int i = 0; i < statements.size(); i++) {
        String statement = placeholders(statements.get(i));
        try {
          runner.execute(SimpleStatement.newInstance(statement));
        } catch (MigrationLockedException e) {
          throw e; // not this migration's fault: not recorded, the next runner retries it
        } catch (RuntimeException e) {
          error = "statement " + (i + 1) + " of " + statements.size() + " failed: " + statement + ": " + e.getMessage();
          failure = e;
          break;
        }
      }
    } else {
      try {
        migration.java().migrate(new MigrationContext(session, keyspace, runner));
      } catch (MigrationLockedException e) {
        throw e;
      } catch (Exception e) {
        error = "Java migration " + migration.script() + " failed: " + e;
        failure = e instanceof RuntimeException r ? r : new MigrationException(e.toString(), e);
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    AppliedMigration row = new AppliedMigration(migration.version(), migration.description(), migration.type(),
        migration.script(), migration.checksum(), installedBy, Instant.now(), millis, error == null, error);
    history.write(row);
    if (failure != null) {
      throw new MigrationFailedException(migration.version(), "Migration V" + migration.version() + " ("
          + migration.script() + ") of keyspace " + ks() + " failed and was recorded as failed in " + history.table()
          + "; later migrations were not applied. " + error + "\nStatements of it that ran before stay applied."
          + " Fix it and run again: a failed migration is retried, whole, by the next run.", failure);
    }
    return row;
  }

  /**
   * Lists every migration found or recorded and its state. Runs no DDL and takes no lease.
   *
   * @return the migrations by version
   */
  public List<MigrationInfo> info() {
    return info(resolve(), history().read());
  }

  /**
   * Checks that the keyspace is migrated: every migration applied with its current checksum (none pending, failed,
   * out of order). Runs no DDL.
   *
   * @throws ChecksumMismatchException if an applied migration changed
   * @throws MigrationException listing the migrations pending, failed or out of order
   */
  public void validate() {
    List<MigrationInfo> infos = info();
    refuse(infos);
    List<String> problems = infos.stream().filter(i -> i.state() == MigrationState.PENDING
        || i.state() == MigrationState.FAILED).map(i -> "V" + i.version() + " " + i.description() + " is "
        + i.state().name().toLowerCase(Locale.ROOT)).toList();
    if (!problems.isEmpty()) {
      throw new MigrationException("Keyspace " + ks() + " is not migrated: " + String.join("; ", problems));
    }
  }

  /**
   * Lists what {@link #migrate()} would apply now, with the statements of each CQL migration, without executing
   * anything: no DDL (the history table is not created; without it every migration is pending), no lease, no write.
   *
   * @return the pending migrations
   * @throws ChecksumMismatchException if an applied migration changed (a run would refuse)
   * @throws MigrationException if a pending migration is out of order (a run would refuse)
   */
  public MigrationPlan dryRun() {
    List<Migration> migrations = resolve();
    List<MigrationInfo> infos = info(migrations, migrations.isEmpty() ? List.of() : history().read());
    refuse(infos);
    List<MigrationPlan.Pending> pending = new ArrayList<>();
    for (MigrationInfo info : infos) {
      if (info.state() == MigrationState.PENDING || info.state() == MigrationState.FAILED) {
        Migration m = migrations.stream().filter(x -> x.version().equals(info.version())).findFirst().orElseThrow();
        pending.add(new MigrationPlan.Pending(m.version(), m.description(), m.type(), m.script(),
            info.state() == MigrationState.FAILED, m.statements().stream().map(this::placeholders).toList()));
      }
    }
    return new MigrationPlan(ks(), pending);
  }

  /**
   * Realigns the history table with the migrations found: stores the current checksum, description and script of
   * every applied migration whose checksum changed. Use it after a deliberate, harmless change to an applied
   * migration (a comment, formatting) or after applying its change by hand. Runs nothing else; takes the lease.
   *
   * @return the versions whose row was updated, with the old and new checksum
   */
  public List<String> repair() {
    List<Migration> migrations = resolve();
    SchemaHistory history = history();
    if (!history.exists()) {
      return List.of();
    }
    Runner runner = new Runner(null);
    history.ensureTables(ddl -> runner.execute(SimpleStatement.newInstance(ddl)));
    String leaseTable = history.leaseTable();
    String owner = installedBy + " " + UUID.randomUUID().toString().substring(0, 8);
    try (MigrationLease lease = MigrationLease.acquire(session, leaseTable, owner, leaseTtl, leaseWait)) {
      List<String> repaired = new ArrayList<>();
      for (MigrationInfo info : info(migrations, history.read())) {
        if (info.state() == MigrationState.CHECKSUM_MISMATCH) {
          lease.check();
          history.updateChecksum(info.version(), info.checksum(), info.description(), info.script());
          repaired.add("V" + info.version() + " (" + info.script() + "): checksum " + info.applied().checksum()
              + " -> " + info.checksum());
        }
      }
      repaired.forEach(line -> log.info("Repaired {}", line));
      return repaired;
    }
  }

  /**
   * Records that the keyspace already holds the schema up to {@code version} (created before migrations were
   * used): migrations up to it are never applied. Creates the history table if needed.
   *
   * @param version the baseline version
   * @param description e.g. "existing schema"
   * @throws MigrationException if a migration at or above that version was already applied
   */
  public void baseline(String version, String description) {
    MigrationVersion v = MigrationVersion.parse(version);
    SchemaHistory history = history();
    Runner runner = new Runner(null);
    if (!history.exists()) {
      runner.execute(SimpleStatement.newInstance(history.createTable()));
    }
    for (AppliedMigration row : history.read()) {
      if (row.success() && row.version().compareTo(v) >= 0) {
        throw new MigrationException("Cannot baseline keyspace " + ks() + " at version " + v + ": version "
            + row.version() + " is already applied");
      }
    }
    history.write(new AppliedMigration(v, description, MigrationType.BASELINE, "<< baseline >>", null, installedBy,
        Instant.now(), 0, true, null));
  }

  private void refuse(List<MigrationInfo> infos) {
    List<String> mismatches = infos.stream().filter(i -> i.state() == MigrationState.CHECKSUM_MISMATCH)
        .map(i -> "V" + i.version() + " " + i.description() + " (" + i.script() + "): applied with checksum "
            + i.applied().checksum() + ", now " + i.checksum()).toList();
    if (!mismatches.isEmpty()) {
      throw new ChecksumMismatchException(mismatches);
    }
    List<String> outOfOrder = infos.stream().filter(i -> i.state() == MigrationState.OUT_OF_ORDER)
        .map(i -> "V" + i.version() + " (" + i.script() + ")").toList();
    if (!outOfOrder.isEmpty()) {
      MigrationVersion latest = infos.stream().filter(i -> i.applied() != null && i.applied().success())
          .map(MigrationInfo::version).max(MigrationVersion::compareTo).orElseThrow();
      throw new MigrationException("Pending migration(s) " + outOfOrder + " are older than version " + latest
          + ", already applied to keyspace " + ks() + "; nothing was executed. Give them versions above " + latest
          + ".");
    }
  }

  /** Joins the migrations found with the history rows. */
  List<MigrationInfo> info(List<Migration> migrations, List<AppliedMigration> rows) {
    Map<MigrationVersion, AppliedMigration> byVersion = new TreeMap<>();
    rows.forEach(r -> byVersion.put(r.version(), r));
    MigrationVersion latest = rows.stream().filter(AppliedMigration::success).map(AppliedMigration::version)
        .max(MigrationVersion::compareTo).orElse(null);
    MigrationVersion baseline = rows.stream().filter(r -> r.type() == MigrationType.BASELINE)
        .map(AppliedMigration::version).max(MigrationVersion::compareTo).orElse(null);
    Map<MigrationVersion, MigrationInfo> out = new TreeMap<>();
    for (Migration m : migrations) {
      AppliedMigration row = byVersion.get(m.version());
      MigrationState state;
      if (row == null) {
        if (baseline != null && m.version().compareTo(baseline) <= 0) {
          state = MigrationState.BELOW_BASELINE;
        } else if (target != null && m.version().compareTo(target) > 0) {
          state = MigrationState.ABOVE_TARGET;
        } else if (latest != null && m.version().compareTo(latest) < 0) {
          state = MigrationState.OUT_OF_ORDER;
        } else {
          state = MigrationState.PENDING;
        }
      } else if (row.type() == MigrationType.BASELINE) {
        state = MigrationState.BASELINE;
      } else if (!row.success()) {
        state = target != null && m.version().compareTo(target) > 0 ? MigrationState.ABOVE_TARGET
            : MigrationState.FAILED;
      } else if (m.checksum() != null && row.checksum() != null && !m.checksum().equals(row.checksum())
          || (m.checksum() == null) != (row.checksum() == null)) {
        state = MigrationState.CHECKSUM_MISMATCH;
      } else {
        state = MigrationState.APPLIED;
      }
      out.put(m.version(), new MigrationInfo(m.version(), m.description(), m.type(), m.script(), m.checksum(), state,
          row));
    }
    for (AppliedMigration row : rows) {
      if (!out.containsKey(row.version())) {
        MigrationState state = row.type() == MigrationType.BASELINE ? MigrationState.BASELINE
            : MigrationState.MISSING;
        out.put(row.version(), new MigrationInfo(row.version(), row.description(), row.type(), row.script(), null,
            state, row));
      }
    }
    return List.copyOf(out.values());
  }

  private SchemaHistory history() {
    return new SchemaHistory(session, ks(), historyTable);
  }

  private String ks() {
    return keyspace.asCql(true);
  }

  String placeholders(String cql) {
    return cql.replace("${keyspace}", ks());
  }

  private static String defaultInstalledBy(CqlSession session) {
    String user = session.getContext().getConfig().getDefaultProfile()
        .getString(DefaultDriverOption.AUTH_PROVIDER_USER_NAME, null);
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException | RuntimeException e) {
      host = "unknown-host";
    }
    return (user == null ? System.getProperty("user.name", "unknown") : user) + "@" + host;
  }

  /** Executes statements of a run: lease check before, schema agreement after DDL. */
  final class Runner {
    private final MigrationLease lease;

    Runner(MigrationLease lease) {
      this.lease = lease;
    }

    void check() {
      if (lease != null) {
        lease.check();
      }
    }

    String placeholders(String cql) {
      return Migrator.this.placeholders(cql);
    }

    ResultSet execute(SimpleStatement statement) {
      check();
      SimpleStatement s = statementTimeout == null ? statement : statement.setTimeout(statementTimeout);
      ResultSet result = session.execute(s);
      if (DDL.matcher(statement.getQuery()).matches()) {
        SchemaAgreement.await(session, agreementTimeout);
      }
      return result;
    }
  }

  /** Configures a {@link Migrator}. */
  public static final class Builder {
    private final CqlSession session;
    private CqlIdentifier keyspace;
    private List<String> locations = List.of(MigrationResolver.DEFAULT_LOCATION);
    private List<JavaMigration> javaMigrations = List.of();
    private ClassLoader classLoader;
    private String historyTable = "coodie_schema_history";
    private Duration leaseTtl = Duration.ofSeconds(30);
    private Duration leaseWait = Duration.ofMinutes(2);
    private MigrationVersion target;
    private String installedBy;
    private Duration agreementTimeout;
    private Duration statementTimeout;

    private Builder(CqlSession session) {
      this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * The keyspace to migrate (CQL form). Default: the session's keyspace.
     *
     * @param keyspace the keyspace
     * @return this builder
     */
    public Builder keyspace(String keyspace) {
      this.keyspace = keyspace == null || keyspace.isBlank() ? null : CqlIdentifier.fromCql(keyspace);
      return this;
    }

    /**
     * Where migrations are: {@code classpath:path} or {@code filesystem:/dir}. Default {@code
     * classpath:db/cassandra}.
     *
     * @param locations the locations
     * @return this builder
     */
    public Builder locations(Collection<String> locations) {
      this.locations = List.copyOf(locations);
      return this;
    }

    /**
     * Where migrations are.
     *
     * @param locations the locations
     * @return this builder
     */
    public Builder locations(String... locations) {
      return locations(List.of(locations));
    }

    /**
     * Java migrations to apply besides those found in the locations (e.g. Spring beans).
     *
     * @param migrations the migrations
     * @return this builder
     */
    public Builder javaMigrations(Collection<? extends JavaMigration> migrations) {
      this.javaMigrations = List.copyOf(migrations);
      return this;
    }

    /**
     * The class loader of classpath locations. Default: coodie-migrations' own.
     *
     * @param classLoader the class loader
     * @return this builder
     */
    public Builder classLoader(ClassLoader classLoader) {
      this.classLoader = classLoader;
      return this;
    }

    /**
     * The name of the history table; the lease table is named after it with {@code _lease}. Default {@code
     * coodie_schema_history}.
     *
     * @param table lower-case letters, digits and underscores
     * @return this builder
     */
    public Builder historyTable(String table) {
      if (table == null || !TABLE.matcher(table).matches()) {
        throw new IllegalArgumentException("historyTable must be lower-case letters, digits and underscores,"
            + " starting with a letter, at most 48 characters: " + table);
      }
      this.historyTable = table;
      return this;
    }

    /**
     * How long the lease lasts without renewal (renewed every third of it while migrating): a crashed runner blocks
     * others at most this long. Default 30 s; whole seconds, at least 2 (the runner counts on it for the TTL less
     * one second, since Cassandra expires it at whole seconds).
     *
     * @param ttl the TTL
     * @return this builder
     */
    public Builder leaseTtl(Duration ttl) {
      if (ttl == null || ttl.toMillis() < 2000) {
        throw new IllegalArgumentException("leaseTtl must be at least 2 s, not " + ttl);
      }
      this.leaseTtl = ttl;
      return this;
    }

    /**
     * How long to wait for another runner's lease. Default 2 minutes; zero fails at once.
     *
     * @param wait the wait
     * @return this builder
     */
    public Builder leaseWait(Duration wait) {
      if (wait == null || wait.isNegative()) {
        throw new IllegalArgumentException("leaseWait must be zero or more, not " + wait);
      }
      this.leaseWait = wait;
      return this;
    }

    /**
     * Applies migrations up to this version only. Default: all.
     *
     * @param version the target, or null for all
     * @return this builder
     */
    public Builder target(String version) {
      this.target = version == null || version.isBlank() || version.equalsIgnoreCase("latest") ? null
          : MigrationVersion.parse(version);
      return this;
    }

    /**
     * Who is recorded as having installed the migrations. Default: the driver's login (or the OS user) and the
     * host name, {@code user@host}.
     *
     * @param installedBy the name
     * @return this builder
     */
    public Builder installedBy(String installedBy) {
      this.installedBy = installedBy;
      return this;
    }

    /**
     * How long to wait for schema agreement after each DDL statement. Default: the driver's {@code
     * advanced.control-connection.schema-agreement.timeout}.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder agreementTimeout(Duration timeout) {
      this.agreementTimeout = timeout;
      return this;
    }

    /**
     * The request timeout of each migration statement. Default: the driver's {@code basic.request.timeout}.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder statementTimeout(Duration timeout) {
      this.statementTimeout = timeout;
      return this;
    }

    /**
     * Builds the migrator.
     *
     * @return the migrator
     * @throws MigrationException if no keyspace is set and the session is bound to none
     */
    public Migrator build() {
      return new Migrator(this);
    }
  }
}
