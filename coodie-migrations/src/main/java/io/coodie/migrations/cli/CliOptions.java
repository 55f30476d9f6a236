package io.coodie.migrations.cli;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parsed command line of {@link Main}. Options are {@code --name=value} or {@code --name value}; connection
 * options fall back to the environment variables the sample app's {@code cluster} profile reads ({@code
 * CASSANDRA_CONTACT_POINTS}, {@code CASSANDRA_LOCAL_DATACENTER}, {@code CASSANDRA_KEYSPACE}, {@code
 * CASSANDRA_USERNAME}). The password is only ever read from an environment variable ({@code --password-env}, default
 * {@code CASSANDRA_PASSWORD}) and never appears in {@link #toString()}.
 *
 * @param command the command
 * @param contactPoints where to connect
 * @param localDatacenter the driver's local datacenter
 * @param keyspace the keyspace to migrate
 * @param username the login, or null for none
 * @param password the password (from the environment), or null
 * @param passwordEnv the name of the variable the password came from
 * @param locations the migration locations
 * @param target the target version, or null for all
 * @param dryRun whether {@code migrate} only prints what it would apply
 * @param historyTable the history table
 * @param leaseWait how long to wait for another runner's lease
 * @param requestTimeout the driver's request timeout (DDL on a cluster is slow: 30 s by default)
 * @param entities entity classes for {@code plan} to write the next migration from, empty for none
 * @param output the directory {@code plan --entities} writes to
 * @param description the description of the generated migration
 */
public record CliOptions(Command command, List<InetSocketAddress> contactPoints, String localDatacenter,
    String keyspace, String username, String password, String passwordEnv, List<String> locations, String target,
    boolean dryRun, String historyTable, Duration leaseWait, Duration requestTimeout, List<String> entities,
    String output, String description) {

  /** What to do. */
  public enum Command {
    /** Apply the pending migrations (or, with {@code --dry-run}, print them). */
    MIGRATE,
    /** Print every migration and its state. */
    INFO,
    /** Fail unless every migration is applied with its current checksum. */
    VALIDATE,
    /** Print what migrate would apply; with {@code --entities}, also write the next migration from the diff. */
    PLAN,
    /** Store the current checksums of changed applied migrations. */
    REPAIR
  }

  /** A command line that cannot be run: exit code 2 with the message. */
  public static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Asked for the usage text ({@code --help}, {@code -h}, {@code help}): exit code 0. */
  public static final class HelpRequested extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HelpRequested() {
      super("help", null, false, false);
    }
  }

  static final String USAGE = """
      Usage: java -jar coodie-migrations-<version>-cli.jar <command> [options]

      Commands:
        migrate    apply the pending migrations (--dry-run: print them and their statements, execute nothing)
        info       list every migration: APPLIED, PENDING, FAILED, CHECKSUM_MISMATCH, MISSING, OUT_OF_ORDER, ...
        validate   fail unless every migration is applied with its current checksum
        plan       print what migrate would apply; with --entities, also write the next migration
                   from the difference between the entity classes (on -cp) and the live schema
        repair     store the current checksums of applied migrations that changed (after a harmless edit)

      Options (--name=value or --name value):
        --contact-points=host[:port],...  default $CASSANDRA_CONTACT_POINTS, else 127.0.0.1:9042
        --local-datacenter=dc             default $CASSANDRA_LOCAL_DATACENTER (required)
        --keyspace=ks                     default $CASSANDRA_KEYSPACE (required)
        --username=user                   default $CASSANDRA_USERNAME; none: no authentication
        --password-env=VAR                the environment variable holding the password (default CASSANDRA_PASSWORD);
                                          the password is never taken from the command line nor printed
        --locations=loc,...               classpath:path or filesystem:dir (a bare path is a directory);
                                          default classpath:db/cassandra
        --target=version                  apply up to this version (default: all)
        --dry-run                         migrate: print the plan only
        --history-table=name              default coodie_schema_history
        --lease-wait=duration             wait for another runner's lease (default 2m; 30s, 500ms, PT1M)
        --request-timeout=duration        driver request timeout (default 30s)
        --entities=class,...              plan: entity classes to generate the next migration from
        --output=dir                      plan --entities: where to write it (default: the first filesystem location)
        --description=text                plan --entities: its description (default "schema changes")

      Exit codes: 0 done; 1 the command failed (a migration failed, checksum mismatch, not migrated, lease held,
      connection); 2 bad command line. A failure prints one line on stderr.
      """;

  private static final Set<String> FLAGS = Set.of("dry-run", "help");
  private static final Set<String> VALUED = Set.of("contact-points", "local-datacenter", "keyspace", "username",
      "password-env", "locations", "target", "history-table", "lease-wait", "request-timeout", "entities", "output",
      "description");
  private static final Pattern HOST_PORT = Pattern.compile("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]\\s]+))"
      + "(?::(\\d{1,5}))?$");
  private static final Pattern SIMPLE_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  /**
   * Parses a command line.
   *
   * @param args the arguments
   * @param env the environment (for defaults and the password)
   * @return the options
   * @throws UsageException for a command line that cannot be run
   * @throws HelpRequested for {@code --help}
   */
  public static CliOptions parse(String[] args, Map<String, String> env) {
    Command command = null;
    java.util.Map<String, String> values = new java.util.HashMap<>();
    List<String> list = Arrays.asList(args);
    for (int i = 0; i < list.size(); i++) {
      String arg = list.get(i);
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("help")) {
        throw new HelpRequested();
      }
      if (arg.startsWith("--")) {
        String name = arg.substring(2);
        String value = null;
        int eq = name.indexOf('=');
        if (eq >= 0) {
          value = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (name.equals("password")) {
          throw new UsageException("--password is not accepted: the password is read from an environment variable"
              + " (--password-env=VAR, default CASSANDRA_PASSWORD), so that it is not in the shell history or ps");
        }
        if (FLAGS.contains(name)) {
          if (value != null && !value.equals("true") && !value.equals("false")) {
            throw new UsageException("--" + name + " takes no value");
          }
          values.put(name, value == null ? "true" : value);
        } else if (VALUED.contains(name)) {
          if (value == null) {
            if (i + 1 >= list.size() || list.get(i + 1).startsWith("--")) {
              throw new UsageException("--" + name + " needs a value");
            }
            value = list.get(++i);
          }
          values.put(name, value);
        } else {
          throw new UsageException("unknown option --" + name);
        }
      } else if (command == null) {
        try {
          command = Command.valueOf(arg.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
          throw new UsageException("unknown command '" + arg + "': migrate, info, validate, plan or repair");
        }
      } else {
        throw new UsageException("unexpected argument '" + arg + "'");
      }
    }
    if (command == null) {
      throw new UsageException("no command: migrate, info, validate, plan or repair");
    }
    String contactPoints = value(values, "contact-points", env, "CASSANDRA_CONTACT_POINTS", "127.0.0.1:9042");
    String dc = value(values, "local-datacenter", env, "CASSANDRA_LOCAL_DATACENTER", null);
    if (dc == null) {
      throw new UsageException("no local datacenter: --local-datacenter or $CASSANDRA_LOCAL_DATACENTER");
    }
    String keyspace = value(values, "keyspace", env, "CASSANDRA_KEYSPACE", null);
    if (keyspace == null) {
      throw new UsageException("no keyspace: --keyspace or $CASSANDRA_KEYSPACE");
    }
    String username = value(values, "username", env, "CASSANDRA_USERNAME", null);
    String passwordEnv = values.getOrDefault("password-env", "CASSANDRA_PASSWORD");
    String password = env.get(passwordEnv);
    if (username != null && (password == null || password.isEmpty())) {
      throw new UsageException("a username but no password: set the environment variable " + passwordEnv);
    }
    List<String> locations = split(values.getOrDefault("locations", "classpath:db/cassandra")).stream()
        .map(l -> l.startsWith("classpath:") || l.startsWith("filesystem:") ? l : "filesystem:" + l).toList();
    if (locations.isEmpty()) {
      throw new UsageException("--locations is empty");
    }
    List<String> entities = split(values.getOrDefault("entities", ""));
    if (!entities.isEmpty() && command != Command.PLAN) {
      throw new UsageException("--entities is an option of plan");
    }
    boolean dryRun = Boolean.parseBoolean(values.getOrDefault("dry-run", "false"));
    if (dryRun && command != Command.MIGRATE) {
      throw new UsageException("--dry-run is an option of migrate (plan, info and validate change nothing)");
    }
    String output = values.get("output");
    if (!entities.isEmpty() && output == null) {
      output = locations.stream().filter(l -> l.startsWith("filesystem:")).map(l -> l.substring(11)).findFirst()
          .orElseThrow(() -> new UsageException("plan --entities needs --output=dir (or a filesystem location)"));
    }
    return new CliOptions(command, contactPoints(contactPoints), dc, keyspace, username, password,
        passwordEnv, locations, values.get("target"), dryRun,
        values.getOrDefault("history-table", "coodie_schema_history"),
        duration("lease-wait", values.getOrDefault("lease-wait", "2m")),
        duration("request-timeout", values.getOrDefault("request-timeout", "30s")), entities, output,
        values.getOrDefault("description", "schema changes"));
  }

  private static String value(Map<String, String> values, String name, Map<String, String> env, String var,
      String fallback) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      value = env.get(var);
    }
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static List<InetSocketAddress> contactPoints(String value) {
    List<InetSocketAddress> out = new ArrayList<>();
    for (String point : split(value)) {
      Matcher m = HOST_PORT.matcher(point);
      if (!m.matches()) {
        throw new UsageException("bad contact point '" + point + "': host, host:port or [ipv6]:port");
      }
      String host = m.group(1) != null ? m.group(1) : m.group(2);
      int port = m.group(3) == null ? 9042 : Integer.parseInt(m.group(3));
      if (port < 1 || port > 65535) {
        throw new UsageException("bad port in contact point '" + point + "'");
      }
      out.add(InetSocketAddress.createUnresolved(host, port));
    }
    if (out.isEmpty()) {
      throw new UsageException("no contact point");
    }
    return List.copyOf(out);
  }

  static Duration duration(String name, String value) {
    Matcher m = SIMPLE_DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        default -> Duration.ofHours(n);
      };
    }
    try {
      return Duration.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new UsageException("bad duration for --" + name + ": '" + value + "' (e.g. 30s, 500ms, 2m, PT1M)");
    }
  }

  /** The options, the password left out. */
  @Override
  public String toString() {
    return "CliOptions[command=" + command + ", contactPoints=" + contactPoints + ", localDatacenter="
        + localDatacenter + ", keyspace=" + keyspace + ", username=" + username + ", password="
        + (password == null ? "none" : "***") + " (from $" + passwordEnv + "), locations=" + locations + ", target="
        + target + ", dryRun=" + dryRun + ", historyTable=" + historyTable + ", leaseWait=" + leaseWait
        + ", requestTimeout=" + requestTimeout + ", entities=" + entities + ", output=" + output + "]";
  }
}
