package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.querybuilder.SchemaBuilder;
import com.datastax.oss.driver.api.querybuilder.schema.CreateKeyspace;
import com.datastax.oss.driver.api.querybuilder.schema.CreateKeyspaceStart;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.Keyspace;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.Replication;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.ReplicationStrategy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Creates a keyspace with the replication of {@code coodie.keyspace.*} if it does not exist (run by
 * {@link CoodieKeyspaceCreator} for the keyspace of {@code spring.cassandra.keyspace-name}).
 *
 * <p>The statement is {@code CREATE KEYSPACE IF NOT EXISTS} with {@code SimpleStrategy} or
 * {@code NetworkTopologyStrategy} and {@code durable_writes}, rendered with the driver's {@link SchemaBuilder}
 * (datacenter names have their quotes doubled, so no name can end its literal early). It never alters an existing
 * keyspace: when the replication of the keyspace (from {@code system_schema.keyspaces}) differs from the configured
 * one, a warning names the keyspace, the live replication and the configured one. The statement is available
 * without a connection through {@link #createKeyspaceStatement()}.
 */
public class CoodieKeyspaceInitializer {

  private static final Log logger = LogFactory.getLog(CoodieKeyspaceInitializer.class);

  private final CqlIdentifier keyspace;

  private final SimpleStatement statement;

  private final Map<String, Object> replication;

  private final Replication settings;

  /** An initializer creating {@code keyspace} with the given settings. */
  public CoodieKeyspaceInitializer(CqlIdentifier keyspace, Keyspace settings) {
    this.keyspace = keyspace;
    this.statement = render(this.keyspace, settings);
    this.replication = replicationOptions(settings.replication());
    this.settings = settings.replication();
  }

  private static SimpleStatement render(CqlIdentifier name, Keyspace settings) {
    CreateKeyspaceStart start = SchemaBuilder.createKeyspace(name).ifNotExists();
    Replication replication = settings.replication();
    CreateKeyspace create = start.withReplicationOptions(quoted(replicationOptions(replication)));
    return create.withDurableWrites(settings.durableWrites()).build();
  }

  /**
   * The replication map of the settings, as CQL and {@code system_schema.keyspaces} have it: {@code class}, then
   * {@code replication_factor} or the factor per datacenter.
   */
  private static Map<String, Object> replicationOptions(Replication replication) {
    Map<String, Object> options = new LinkedHashMap<>();
    if (replication.strategy() == ReplicationStrategy.NETWORK_TOPOLOGY) {
      options.put("class", "NetworkTopologyStrategy");
      options.putAll(replication.datacenters());
    } else {
      options.put("class", "SimpleStrategy");
      options.put("replication_factor", replication.factor());
    }
    return options;
  }

  /**
   * The builder writes map keys between quotes as they are: their quotes are doubled here, so that a datacenter
   * named {@code data'center} stays one name and no name can add replication options.
   */
  private static Map<String, Object> quoted(Map<String, Object> options) {
    Map<String, Object> quoted = new LinkedHashMap<>();
    options.forEach((key, value) -> quoted.put(key.replace("'", "''"), value));
    return quoted;
  }

  /** The keyspace to create. */
  public CqlIdentifier keyspace() {
    return this.keyspace;
  }

  /** The {@code CREATE KEYSPACE IF NOT EXISTS ...} statement. */
  public SimpleStatement createKeyspaceStatement() {
    return this.statement;
  }

  /**
   * Runs the statement on {@code session}, which must not need the keyspace (a session bound to no keyspace), and
   * waits for schema agreement as the driver does for DDL.
   */
  public void initialize(CqlSession session) {
    if (session.getMetadata().getKeyspace(this.keyspace).isEmpty()) {
      checkDatacenters(session);
    }
    logger.info("Creating keyspace " + this.keyspace.asCql(true) + " if it does not exist");
    if (logger.isDebugEnabled()) {
      logger.debug(this.statement.getQuery());
    }
    ResultSet result = session.execute(this.statement);
    if (!result.getExecutionInfo().isSchemaInAgreement()) {
      logger.warn("Schema agreement not reached after creating keyspace " + this.keyspace.asCql(true)
          + "; the session may not see it yet");
    }
    warnIfReplicationDiffers(session);
  }

  /**
   * A new keyspace with a replication factor in a datacenter that no node of the cluster is in fails with
   * {@link UnknownDatacenterException} (Cassandra refuses it too, with a less helpful message).
   */
  private void checkDatacenters(CqlSession session) {
    if (this.settings.strategy() != ReplicationStrategy.NETWORK_TOPOLOGY) {
      return;
    }
    Set<String> known = new TreeSet<>();
    session.getMetadata().getNodes().values().forEach((node) -> {
      if (node.getDatacenter() != null) {
        known.add(node.getDatacenter());
      }
    });
    if (known.isEmpty()) {
      return;
    }
    Set<String> unknown = new TreeSet<>(this.settings.datacenters().keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new UnknownDatacenterException(UnknownDatacenterException.Source.REPLICATION, unknown, known,
          "Keyspace " + this.keyspace.asCql(true) + " would have replicas in datacenter(s) " + unknown
              + " (coodie.keyspace.replication.datacenters), but the cluster's nodes are in " + known);
    }
  }

  /** An existing keyspace is kept as it is; say so when its replication is not the configured one. */
  private void warnIfReplicationDiffers(CqlSession session) {
    Row row = session.execute(SimpleStatement.newInstance(
        "SELECT replication FROM system_schema.keyspaces WHERE keyspace_name = ?", this.keyspace.asInternal()))
        .one();
    if (row == null) {
      return;
    }
    Map<String, String> live = row.getMap(0, String.class, String.class);
    Map<String, String> configured = new LinkedHashMap<>();
    this.replication.forEach((key, value) -> configured.put(key, String.valueOf(value)));
    if (!sameReplication(configured, live)) {
      logger.warn("Keyspace " + this.keyspace.asCql(true) + " already exists with replication " + display(live)
          + ", not the configured " + display(configured) + " (coodie.keyspace.replication.*); it is kept as it"
          + " is. Alter it (ALTER KEYSPACE ... WITH replication = ...) or change the configuration to match.");
    }
  }

  private static boolean sameReplication(Map<String, String> configured, Map<String, String> live) {
    configured = new LinkedHashMap<>(configured);
    // a datacenter with no replica may be left out of the stored map
    configured.entrySet().removeIf((entry) -> "0".equals(entry.getValue()) && !live.containsKey(entry.getKey()));
    if (!configured.keySet().equals(live.keySet())) {
      return false;
    }
    for (Map.Entry<String, String> entry : configured.entrySet()) {
      String other = live.get(entry.getKey());
      boolean same = "class".equals(entry.getKey())
          ? simpleName(entry.getValue()).equals(simpleName(other))
          : entry.getValue().equals(other);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /** {@code {class=SimpleStrategy, replication_factor=3}}, the class by its simple name, keys in CQL order. */
  private static String display(Map<String, String> replication) {
    Map<String, String> shown = new LinkedHashMap<>();
    shown.put("class", simpleName(replication.get("class")));
    new TreeMap<>(replication).forEach((key, value) -> shown.putIfAbsent(key, value));
    return shown.toString();
  }

  private static String simpleName(String className) {
    return className == null ? "null" : className.substring(className.lastIndexOf('.') + 1);
  }
}
