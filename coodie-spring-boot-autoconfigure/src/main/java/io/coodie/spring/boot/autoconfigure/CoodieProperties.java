package io.coodie.spring.boot.autoconfigure;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What coodie adds to Spring Boot's Cassandra support, bound from {@code coodie.*}: keyspace creation with
 * replication, schema management of the mapped entities, repositories and metrics.
 *
 * <p>The connection itself is Spring Boot's ({@code spring-boot-cassandra}): contact points, datacenter, credentials,
 * SSL, request options and driver settings come from {@code spring.cassandra.*} or a {@code CassandraConnectionDetails}
 * bean, and the keyspace the session binds to is {@code spring.cassandra.keyspace-name}. Keys of earlier coodie
 * versions that Spring Boot now covers fail start-up naming their replacement ({@link RemovedCoodieProperties}).
 *
 * <p>Immutable; bound once at start-up through the canonical constructor, which validates the combination of settings
 * and fails start-up with a message naming the offending {@code coodie.*} keys.
 *
 * @param keyspace Creation of the keyspace named by spring.cassandra.keyspace-name.
 * @param schema Schema management of mapped entities.
 * @param repositories Spring Data repositories of mapped entities.
 * @param metrics Micrometer timers of coodie operations.
 */
@ConfigurationProperties("coodie")
public record CoodieProperties(
    @DefaultValue Keyspace keyspace,
    @DefaultValue Schema schema,
    @DefaultValue Repositories repositories,
    @DefaultValue Metrics metrics) {

  /**
   * Creation of the keyspace named by {@code spring.cassandra.keyspace-name}.
   *
   * @param create Whether to create the keyspace named by spring.cassandra.keyspace-name (CREATE KEYSPACE IF NOT
   *     EXISTS) before the session binds to it. Never alters an existing keyspace; logs a warning when its
   *     replication differs from the configured one.
   * @param replication Replication of the keyspace when it is created.
   * @param durableWrites Whether writes to the created keyspace go through the commit log.
   */
  public record Keyspace(
      @DefaultValue("false") boolean create,
      @DefaultValue Replication replication,
      @DefaultValue("true") boolean durableWrites) {}

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

  private static void check(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
