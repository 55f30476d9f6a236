package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.querybuilder.SchemaBuilder;
import com.datastax.oss.driver.api.querybuilder.schema.CreateKeyspace;
import com.datastax.oss.driver.api.querybuilder.schema.CreateKeyspaceStart;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.Keyspace;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.Replication;
import io.coodie.spring.boot.autoconfigure.CoodieProperties.ReplicationStrategy;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.util.Assert;

/**
 * Creates the keyspace of {@code coodie.keyspace.*} if it does not exist, before coodie binds its session to it.
 * Registered when {@code coodie.keyspace.create=true}.
 *
 * <p>The statement is {@code CREATE KEYSPACE IF NOT EXISTS} with {@code SimpleStrategy} or
 * {@code NetworkTopologyStrategy} and {@code durable_writes}, rendered with the driver's {@link SchemaBuilder}; it
 * never alters an existing keyspace, whose replication may differ from the configured one. The statement is available
 * without a connection through {@link #createKeyspaceStatement()}.
 */
public class CoodieKeyspaceInitializer {

  private static final Log logger = LogFactory.getLog(CoodieKeyspaceInitializer.class);

  private final CqlIdentifier keyspace;

  private final SimpleStatement statement;

  /** An initializer for the given keyspace settings, which must name a keyspace. */
  public CoodieKeyspaceInitializer(Keyspace keyspace) {
    Assert.notNull(keyspace.name(), "coodie.keyspace.name is required to create a keyspace");
    this.keyspace = CqlIdentifier.fromCql(keyspace.name());
    this.statement = render(this.keyspace, keyspace);
  }

  private static SimpleStatement render(CqlIdentifier name, Keyspace settings) {
    CreateKeyspaceStart start = SchemaBuilder.createKeyspace(name).ifNotExists();
    Replication replication = settings.replication();
    CreateKeyspace create = replication.strategy() == ReplicationStrategy.NETWORK_TOPOLOGY
        ? start.withNetworkTopologyStrategy(replication.datacenters())
        : start.withSimpleStrategy(replication.factor());
    return create.withDurableWrites(settings.durableWrites()).build();
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
    logger.info("Creating keyspace " + this.keyspace.asCql(true) + " if it does not exist");
    if (logger.isDebugEnabled()) {
      logger.debug(this.statement.getQuery());
    }
    ResultSet result = session.execute(this.statement);
    if (!result.getExecutionInfo().isSchemaInAgreement()) {
      logger.warn("Schema agreement not reached after creating keyspace " + this.keyspace.asCql(true)
          + "; the session may not see it yet");
    }
  }
}
