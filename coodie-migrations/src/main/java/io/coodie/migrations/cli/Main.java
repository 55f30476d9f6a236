package io.coodie.migrations.cli;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverConfigLoader;
import io.coodie.migrations.AppliedMigration;
import io.coodie.migrations.MigrationGenerator;
import io.coodie.migrations.MigrationInfo;
import io.coodie.migrations.MigrationPlan;
import io.coodie.migrations.MigrationState;
import io.coodie.migrations.Migrator;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The command line of coodie-migrations, for CI/CD:
 *
 * <pre>
 * CASSANDRA_PASSWORD=... java -jar coodie-migrations-&lt;version&gt;-cli.jar migrate \
 *     --contact-points=10.0.0.1:9042 --local-datacenter=dc1 --keyspace=shop --username=deployer \
 *     --locations=filesystem:db/cassandra
 * </pre>
 *
 * See {@link CliOptions} for the commands, options and exit codes ({@code --help} prints them). Output (listings,
 * what was applied) goes to stdout; a failure is one line on stderr, {@code coodie-migrations: <command> failed:
 * <reason>}.
 */
public final class Main {

  /** Exit code of a command that did what it was asked. */
  public static final int OK = 0;
  /** Exit code of a command that failed. */
  public static final int FAILED = 1;
  /** Exit code of a command line that cannot be run. */
  public static final int USAGE = 2;

  private Main() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // the executable jar logs through logback, to stderr: the runner's progress at INFO, the driver's at WARN
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "coodie-migrations-cli-logback.xml");
    }
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * Runs a command line.
   *
   * @param args the command line
   * @param env the environment (defaults and the password)
   * @param out where listings go
   * @param err where the failure line goes
   * @return the exit code
   */
  public static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    CliOptions options;
    try {
      options = CliOptions.parse(args, env);
    } catch (CliOptions.HelpRequested e) {
      out.print(CliOptions.USAGE);
      return OK;
    } catch (CliOptions.UsageException e) {
      err.println("coodie-migrations: " + e.getMessage());
      err.println("Run with --help for the commands and options.");
      return USAGE;
    }
    String command = options.command().name().toLowerCase(Locale.ROOT);
    try (CqlSession session = session(options).build()) {
      Migrator migrator = Migrator.builder(session).keyspace(options.keyspace()).locations(options.locations())
          .classLoader(Thread.currentThread().getContextClassLoader()).historyTable(options.historyTable())
          .leaseWait(options.leaseWait()).target(options.target()).build();
      return switch (options.command()) {
        case MIGRATE -> migrate(migrator, options, out);
        case INFO -> info(migrator, out);
        case VALIDATE -> validate(migrator, out);
        case PLAN -> plan(migrator, session, options, out);
        case REPAIR -> repair(migrator, out);
      };
    } catch (RuntimeException | ClassNotFoundException e) {
      err.println("coodie-migrations: " + command + " failed: " + oneLine(e));
      return FAILED;
    }
  }

  static CqlSessionBuilder session(CliOptions options) {
    CqlSessionBuilder builder = CqlSession.builder()
        .withConfigLoader(DriverConfigLoader.programmaticBuilder()
            .withDuration(DefaultDriverOption.REQUEST_TIMEOUT, options.requestTimeout())
            .withDuration(DefaultDriverOption.CONNECTION_INIT_QUERY_TIMEOUT, options.requestTimeout())
            .withDuration(DefaultDriverOption.METADATA_SCHEMA_REQUEST_TIMEOUT, options.requestTimeout())
            .withDuration(DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, options.requestTimeout())
            .build())
        .addContactPoints(options.contactPoints().stream()
            .map(a -> new InetSocketAddress(a.getHostString(), a.getPort())).toList())
        .withLocalDatacenter(options.localDatacenter());
    if (!options.entities().isEmpty()) {
      // the generator compares entities without @Table(keyspace) with the session's keyspace
      builder.withKeyspace(com.datastax.oss.driver.api.core.CqlIdentifier.fromCql(options.keyspace()));
    }
    if (options.username() != null) {
      builder.withAuthCredentials(options.username(), options.password());
    }
    return builder;
  }

  private static int migrate(Migrator migrator, CliOptions options, PrintStream out) {
    if (options.dryRun()) {
      out.println("Dry run: nothing is executed.");
      out.println(migrator.dryRun());
      return OK;
    }
    List<AppliedMigration> applied = migrator.migrate();
    for (AppliedMigration a : applied) {
      out.println("Applied V" + a.version() + " " + a.description() + " (" + a.script() + ") in "
          + a.executionTimeMillis() + " ms");
    }
    out.println(applied.isEmpty() ? "Keyspace " + migrator.keyspace().asCql(true) + " is up to date"
        : "Applied " + applied.size() + " migration(s) to keyspace " + migrator.keyspace().asCql(true)
            + ", now at version " + applied.get(applied.size() - 1).version());
    return OK;
  }

  private static int info(Migrator migrator, PrintStream out) {
    List<MigrationInfo> infos = migrator.info();
    out.println("Keyspace " + migrator.keyspace().asCql(true) + ": " + infos.size() + " migration(s)");
    out.println(String.format("%-8s %-17s %s", "Version", "State", "Description (script) ..."));
    infos.forEach(out::println);
    Map<MigrationState, Long> counts = new EnumMap<>(MigrationState.class);
    infos.forEach(i -> counts.merge(i.state(), 1L, Long::sum));
    out.println(counts.isEmpty() ? "No migration" : counts.entrySet().stream()
        .map(e -> e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": " + e.getValue())
        .collect(Collectors.joining(", ")));
    return OK;
  }

  private static int validate(Migrator migrator, PrintStream out) {
    migrator.validate();
    out.println("Keyspace " + migrator.keyspace().asCql(true) + " is migrated: every migration is applied with its"
        + " current checksum");
    return OK;
  }

  private static int plan(Migrator migrator, CqlSession session, CliOptions options, PrintStream out)
      throws ClassNotFoundException {
    MigrationPlan plan = migrator.dryRun();
    out.println(plan);
    if (options.entities().isEmpty()) {
      return OK;
    }
    if (!plan.isEmpty()) {
      out.println("Not generating: apply the pending migrations first (the diff is with the live schema)");
      return FAILED;
    }
    List<Class<?>> entities = new ArrayList<>();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    for (String name : options.entities()) {
      entities.add(Class.forName(name, false, loader));
    }
    Optional<Path> written = MigrationGenerator.create(session, options.keyspace())
        .writeNext(Path.of(options.output()), options.description(), entities);
    out.println(written.map(p -> "Wrote " + p + ": review it before committing")
        .orElse("The schema matches the entities: no migration written"));
    return OK;
  }

  private static int repair(Migrator migrator, PrintStream out) {
    List<String> repaired = migrator.repair();
    repaired.forEach(line -> out.println("Repaired " + line));
    out.println(repaired.isEmpty() ? "Nothing to repair" : "Repaired " + repaired.size() + " migration(s)");
    return OK;
  }

  static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (e instanceof ClassNotFoundException) {
      message = "entity class not found: " + message;
    }
    return message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
