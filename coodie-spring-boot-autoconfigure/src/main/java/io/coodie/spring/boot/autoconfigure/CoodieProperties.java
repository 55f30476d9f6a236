package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigUtil;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Configuration of coodie's Cassandra connection, keyspace and schema management, bound from {@code coodie.*}.
 *
 * <p>Immutable; bound once at start-up through the canonical constructor, which validates the combination of settings
 * and fails start-up with a message naming the offending {@code coodie.*} keys. {@link #toString()} masks the password
 * and the value of every {@code coodie.driver.*} setting whose key names a password, secret, token or credential
 * (case-insensitive, anywhere in the key: {@code advanced.auth-provider.password},
 * {@code advanced.ssl-engine-factory.keystore-password}, ...).
 *
 * <p>Precedence when the driver configuration is built: {@code coodie.driver.*} pass-through settings first, then the
 * typed settings here (which win over the same option in {@code coodie.driver}), then
 * {@link CoodieDriverConfigLoaderBuilderCustomizer} beans (which win over everything).
 *
 * @param contactPoints Cassandra nodes to connect to first, as host:port or host (then coodie.port applies); IPv6
 *     as [::1]:9042. Empty: 127.0.0.1 on coodie.port.
 * @param port CQL native port of contact points given without one.
 * @param localDatacenter Datacenter whose nodes the driver's load balancing prefers. Required by the driver as soon
 *     as contact points are given.
 * @param username Login user name (plain-text authentication). Needs coodie.password.
 * @param password Login password. Never logged; masked in toString().
 * @param keyspace The keyspace the session is bound to, and whether to create it.
 * @param ssl Encryption of client connections.
 * @param request Default options of every request.
 * @param driver Any other datastax-java-driver setting, by its path without that prefix, for example
 *     coodie.driver.advanced.metadata.schema.debouncer.window=1ms. Values are strings converted by the
 *     driver's typesafe-config loader (durations, sizes, numbers, booleans); list elements are indexed, for example
 *     coodie.driver.advanced.ssl-engine-factory.cipher-suites[0]=...; execution profiles live under
 *     profiles.NAME.
 * @param schema Schema management of mapped entities.
 * @param repositories Spring Data repositories of mapped entities.
 * @param metrics Micrometer timers of coodie operations.
 */
@ConfigurationProperties("coodie")
public record CoodieProperties(
    @Nullable List<String> contactPoints,
    @DefaultValue("9042") int port,
    @Nullable String localDatacenter,
    @Nullable String username,
    @Nullable String password,
    @DefaultValue Keyspace keyspace,
    @DefaultValue Ssl ssl,
    @DefaultValue Request request,
    @Nullable Map<String, String> driver,
    @DefaultValue Schema schema,
    @DefaultValue Repositories repositories,
    @DefaultValue Metrics metrics) {

  /** Default CQL native port. */
  public static final int DEFAULT_PORT = 9042;

  /** Validates the settings and normalises absent collections to empty ones. */
  public CoodieProperties {
    contactPoints = contactPoints == null ? List.of() : List.copyOf(contactPoints);
    check(port > 0 && port <= 65535, "coodie.port must be between 1 and 65535, not " + port);
    ContactPoints.normalize(contactPoints, port); // fails on a malformed entry
    localDatacenter = blankToNull(localDatacenter);
    username = blankToNull(username);
    password = password == null || password.isEmpty() ? null : password;
    check(password == null || username != null,
        "coodie.password is set but coodie.username is not: set both for plain-text authentication");
    check(username == null || password != null,
        "coodie.username is set but coodie.password is not: set both for plain-text authentication");
    driver = normalizeDriverPaths(driver);
    if (ssl != null && ssl.enabled()) {
      for (String path : driver.keySet()) {
        check(!path.startsWith(SSL_ENGINE_FACTORY), () -> "coodie.driver." + path + " has no effect with"
            + " coodie.ssl.enabled=true: coodie then builds the SSL engine from coodie.ssl.* and the SSL bundle. "
            + (path.equals(SSL_ENGINE_FACTORY + "hostname-validation")
                ? "Use coodie.ssl.hostname-validation instead."
                : "Set it on the SSL bundle (spring.ssl.bundle.*), or set coodie.ssl.enabled=false to configure the"
                    + " driver's own ssl-engine-factory under coodie.driver.advanced.ssl-engine-factory.*."));
      }
    }
  }

  private static final String SSL_ENGINE_FACTORY = "advanced.ssl-engine-factory.";

  /** Keys whose values are masked by {@link #toString()}: they name a password, secret, token or credential. */
  private static final Pattern SECRET_KEY = Pattern.compile("(?i).*(password|passwd|secret|token|credential).*");

  /**
   * The {@code coodie.driver.*} settings as {@link #toString()} prints them: the value of every key naming a
   * password, secret, token or credential replaced by {@code ******}.
   */
  static Map<String, String> maskSecrets(Map<String, String> settings) {
    Map<String, String> masked = new LinkedHashMap<>();
    settings.forEach((key, value) -> masked.put(key, SECRET_KEY.matcher(key).matches() ? "******" : value));
    return masked;
  }

  @Override
  public String toString() {
    return "CoodieProperties[contactPoints=" + contactPoints + ", port=" + port + ", localDatacenter="
        + localDatacenter + ", username=" + username + ", password=" + (password == null ? null : "******")
        + ", keyspace=" + keyspace + ", ssl=" + ssl + ", request=" + request + ", driver=" + maskSecrets(driver)
        + ", schema=" + schema + ", repositories=" + repositories + ", metrics=" + metrics + "]";
  }

  /**
   * The keyspace the session is bound to.
   *
   * @param name Keyspace the session is bound to (CQL form: case-insensitive unless double-quoted). Empty: the
   *     session is bound to no keyspace.
   * @param create Whether to create the keyspace (CREATE KEYSPACE IF NOT EXISTS) before the session binds to it.
   *     Never alters an existing keyspace; logs a warning when its replication differs from the configured one.
   * @param replication Replication of the keyspace when it is created.
   * @param durableWrites Whether writes to the created keyspace go through the commit log.
   */
  public record Keyspace(
      @Nullable String name,
      @DefaultValue("false") boolean create,
      @DefaultValue Replication replication,
      @DefaultValue("true") boolean durableWrites) {

    private static final Pattern NAME = Pattern.compile("\\w{1,48}|\"\\w{1,48}\"");

    /** Validates the keyspace name and that a keyspace to create has one. */
    public Keyspace {
      name = blankToNull(name);
      check(name == null || NAME.matcher(name).matches(), "coodie.keyspace.name '" + name
          + "' is not a keyspace name: use 1 to 48 letters, digits or underscores (double-quote it to keep upper case)");
      check(!create || name != null,
          "coodie.keyspace.create=true needs coodie.keyspace.name: the name of the keyspace to create");
    }
  }

  /**
   * Replication of a keyspace that coodie creates.
   *
   * @param strategy Replication strategy: simple (one replication factor, single datacenter, development) or
   *     network-topology (a replication factor per datacenter, production).
   * @param factor Replication factor of the simple strategy.
   * @param datacenters Replication factor per datacenter of the network-topology strategy, for example
   *     coodie.keyspace.replication.datacenters.dc1=3. Datacenter names are case-sensitive, and each is written
   *     into the CQL as one string literal (quotes doubled).
   */
  public record Replication(
      @DefaultValue("simple") ReplicationStrategy strategy,
      @DefaultValue("1") int factor,
      @Nullable Map<String, Integer> datacenters) {

    /** Validates the factors and that they match the strategy. */
    public Replication {
      datacenters = datacenters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(datacenters));
      check(factor >= 1, "coodie.keyspace.replication.factor must be at least 1, not " + factor);
      if (strategy == ReplicationStrategy.NETWORK_TOPOLOGY) {
        check(!datacenters.isEmpty(), "coodie.keyspace.replication.strategy=network-topology needs"
            + " coodie.keyspace.replication.datacenters, a replication factor per datacenter"
            + " (for example coodie.keyspace.replication.datacenters.dc1=3)");
        datacenters.forEach((dc, rf) -> check(rf != null && rf >= 0,
            "coodie.keyspace.replication.datacenters." + dc + " must be 0 or more, not " + rf));
      } else {
        check(datacenters.isEmpty(), "coodie.keyspace.replication.datacenters applies to the network-topology"
            + " strategy only: set coodie.keyspace.replication.strategy=network-topology, or remove the datacenters");
      }
    }
  }

  /** Replication strategies of a created keyspace. */
  public enum ReplicationStrategy {
    /** {@code SimpleStrategy}: one replication factor, ignores datacenters. For development and single-DC tests. */
    SIMPLE,
    /** {@code NetworkTopologyStrategy}: a replication factor per datacenter. The production choice. */
    NETWORK_TOPOLOGY
  }

  /**
   * Encryption of client connections.
   *
   * @param enabled Whether to encrypt connections to Cassandra (TLS).
   * @param bundle Name of the Spring Boot SSL bundle (spring.ssl.bundle.*) to take key and trust material from.
   *     Empty: the JVM's default SSL context. Used only when enabled.
   * @param hostnameValidation Whether to check that the server's certificate was issued to the host name
   *     connected to (HTTPS endpoint identification, as the driver's DefaultSslEngineFactory does): a certificate
   *     of the trusted CA issued to another host is refused. Turn off only for certificates without the nodes'
   *     names or addresses (then any holder of a certificate of that CA can impersonate a node). Used only when
   *     enabled.
   */
  public record Ssl(@DefaultValue("false") boolean enabled, @Nullable String bundle,
      @DefaultValue("true") boolean hostnameValidation) {

    /** Normalises a blank bundle name to none. */
    public Ssl {
      bundle = blankToNull(bundle);
    }
  }

  /**
   * Default options of every request.
   *
   * @param timeout How long the driver waits for a response to a request. Driver default: 2s.
   * @param consistency Default consistency level. Driver default: LOCAL_ONE.
   * @param serialConsistency Default serial consistency level of lightweight transactions: SERIAL or LOCAL_SERIAL.
   *     Driver default: SERIAL.
   * @param pageSize Rows fetched per page of a result. Driver default: 5000.
   */
  public record Request(
      @Nullable Duration timeout,
      @Nullable DefaultConsistencyLevel consistency,
      @Nullable DefaultConsistencyLevel serialConsistency,
      @Nullable Integer pageSize) {

    /** Validates the request options. */
    public Request {
      check(timeout == null || (!timeout.isNegative() && !timeout.isZero()),
          "coodie.request.timeout must be positive, not " + timeout);
      check(serialConsistency == null || serialConsistency.isSerial(),
          "coodie.request.serial-consistency must be SERIAL or LOCAL_SERIAL, not " + serialConsistency);
      check(pageSize == null || pageSize > 0, "coodie.request.page-size must be at least 1, not " + pageSize);
    }
  }

  /**
   * Schema management of mapped entities: what coodie does to tables and types at start-up.
   *
   * @param action What to do at start-up with the tables and types of the mapped entities. Default none: schema
   *     changes in production are deliberate, reviewed migrations, never a side effect of deploying or scaling an
   *     application; opt in per environment (for example create or update in development and tests).
   * @param dryRun Whether to log the CQL the schema action would run, without running it.
   * @param basePackages Packages scanned for mapped entities. Empty: the auto-configuration packages, that is the
   *     package of the @SpringBootApplication class and below.
   */
  public record Schema(
      @DefaultValue("none") SchemaAction action,
      @DefaultValue("false") boolean dryRun,
      @Nullable List<String> basePackages) {

    /** Normalises absent base packages to none. */
    public Schema {
      basePackages = basePackages == null ? List.of() : List.copyOf(basePackages);
    }

    /**
     * The packages to scan: {@link #basePackages()} if set, else the auto-configuration packages registered in
     * {@code beanFactory} (by {@code @SpringBootApplication} or {@code @AutoConfigurationPackage}), else none.
     */
    public List<String> resolveBasePackages(BeanFactory beanFactory) {
      if (!basePackages.isEmpty()) {
        return basePackages;
      }
      return AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory) : List.of();
    }
  }

  /**
   * Spring Data repositories of mapped entities.
   *
   * @param enabled Whether Spring Boot registers coodie repositories (interfaces extending CoodieRepository, or
   *     Spring Data repositories of @Table entities) found in the auto-configuration packages. An
   *     @EnableCoodieRepositories annotation replaces this registration.
   */
  public record Repositories(@DefaultValue("true") boolean enabled) {}

  /**
   * Micrometer timers of coodie operations.
   *
   * @param enabled Whether every operation of the Coodie bean is timed in the coodie.operations timer, tagged
   *     entity, operation, outcome and exception, when Micrometer is on the classpath and a MeterRegistry bean
   *     exists. Repository methods run on that bean, except @Query methods and deleteAll(), which run their CQL on
   *     the session.
   */
  public record Metrics(@DefaultValue("true") boolean enabled) {}

  /**
   * What coodie does at start-up with the tables and user types of the mapped entities. The default, {@link #NONE},
   * keeps production safe: nothing is created, altered or dropped unless an environment opts in.
   */
  public enum SchemaAction {
    /** Touch nothing. The default. */
    NONE,
    /** Compare the mapped entities with the live schema and fail start-up on a difference. Changes nothing. */
    VALIDATE,
    /** Create missing tables and types; leave existing ones as they are. */
    CREATE,
    /** Create missing tables and types, and add missing columns to existing ones (never drops a column). */
    UPDATE,
    /** Drop and re-create the tables and types of the mapped entities, losing their data. Tests only. */
    RECREATE
  }

  private static Map<String, String> normalizeDriverPaths(@Nullable Map<String, String> driver) {
    Map<String, String> normalized = new LinkedHashMap<>();
    if (driver != null) {
      driver.forEach((key, value) -> normalized.put(driverPath(key), value));
    }
    return Collections.unmodifiableMap(normalized);
  }

  /** {@code a.b[0]} becomes {@code a.b.0} (typesafe-config turns numerically keyed objects into lists). */
  private static String driverPath(String key) {
    String path = key.replaceAll("\\[(\\d+)]", ".$1");
    if (path.startsWith("datastax-java-driver.")) {
      path = path.substring("datastax-java-driver.".length());
    }
    try {
      ConfigUtil.splitPath(path);
    } catch (ConfigException ex) {
      throw new IllegalArgumentException("coodie.driver." + key + " is not a driver setting path: " + ex.getMessage());
    }
    return path;
  }

  private static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }

  private static void check(boolean condition, java.util.function.Supplier<String> message) {
    if (!condition) {
      throw new IllegalArgumentException(message.get());
    }
  }
}
