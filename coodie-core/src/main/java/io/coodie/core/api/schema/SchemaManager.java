package io.coodie.core.api.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.internal.schema.SchemaEngine;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Creates, validates and evolves the schema of mapped entities on a {@link CqlSession}: keyspaces,
 * user-defined types, tables and indexes. Thread-safe; cheap to create.
 *
 * <pre>{@code
 * SchemaManager schema = SchemaManager.create(session);
 * schema.createKeyspace("shop", Replication.simple(1));
 * schema.sync(SchemaAction.UPDATE, Product.class, Customer.class);
 * }</pre>
 *
 * <h2>Keyspaces</h2>
 *
 * An entity's keyspace is {@code @Table(keyspace)}, or else the session's keyspace; an entity with
 * neither fails with a message naming it. The keyspace must exist: {@code sync} never creates
 * keyspaces (replication is a deployment decision), use {@link #createKeyspace}.
 *
 * <h2>How the live schema is read</h2>
 *
 * Before comparing, the manager waits for schema agreement, then forces a refresh of the driver's
 * schema metadata ({@code session.refreshSchema()}, which works even when schema metadata is
 * disabled in the driver configuration) and reads tables, columns, clustering orders, indexes and
 * user types from it. Table options are read from {@code system_schema.tables} directly (one query
 * per keyspace), because the driver only parses the options it knows. A keyspace excluded by the
 * driver's {@code advanced.metadata.schema.refreshed-keyspaces} is reported as such.
 *
 * <h2>Agreement</h2>
 *
 * After each DDL statement the manager polls every UP node's own {@code schema_version} (in {@code
 * system.local}, with {@code Statement.setNode}) until all are equal, so statements prepared right
 * after a sync never meet "table does not exist" on another node (the driver's own agreement
 * check can be a false positive on multi-node clusters). Nodes the load-balancing policy ignores
 * (no connection, e.g. remote datacenters) are covered by the driver's {@code
 * checkSchemaAgreement()} instead. A timeout raises {@link SchemaAgreementException}.
 *
 * <h2>Concurrency</h2>
 *
 * Several application instances may sync the same entities at once. Creates use {@code IF NOT
 * EXISTS}; an {@code ALTER ... ADD} rejected because another instance added the same column or
 * field first counts as done once the schema shows it with the wanted type. After executing, {@code
 * sync} plans again and runs any remaining statements (up to three rounds), so it converges even
 * when another instance created a table in an older shape in between.
 */
public final class SchemaManager {

  private final SchemaEngine engine;

  private SchemaManager(SchemaEngine engine) {
    this.engine = engine;
  }

  /**
   * A manager with the default settings: the agreement timeout is the driver's {@code
   * advanced.control-connection.schema-agreement.timeout}, DDL uses the driver's request timeout.
   *
   * @param session the session DDL runs on
   * @return the manager
   */
  public static SchemaManager create(CqlSession session) {
    return builder(session).build();
  }

  /**
   * A builder for a manager with custom timeouts.
   *
   * @param session the session DDL runs on
   * @return the builder
   */
  public static Builder builder(CqlSession session) {
    return new Builder(session);
  }

  /**
   * Computes, without changing anything, what {@link #sync} would do now.
   *
   * @param action the action
   * @param entityClasses {@code @Table} classes (or subtypes of a polymorphic base; one per table)
   * @return the plan; for {@link SchemaAction#VALIDATE} it lists the differences and has no
   *     statements (it does not throw for differences)
   * @throws IncompatibleSchemaException for {@link SchemaAction#CREATE} and {@link
   *     SchemaAction#UPDATE}, if any entity needs a change Cassandra cannot apply; its {@link
   *     IncompatibleSchemaException#plan()} holds the rest of the plan (the additive statements)
   * @throws SchemaException if a keyspace is missing or cannot be determined
   * @throws io.coodie.core.api.MappingException if a class is not a valid entity
   */
  public SchemaPlan plan(SchemaAction action, Class<?>... entityClasses) {
    return plan(action, Arrays.asList(entityClasses));
  }

  /**
   * Computes, without changing anything, what {@link #sync} would do now.
   *
   * @param action the action
   * @param entityClasses the entity classes
   * @return the plan
   * @see #plan(SchemaAction, Class[])
   */
  public SchemaPlan plan(SchemaAction action, Collection<? extends Class<?>> entityClasses) {
    return engine.plan(action, List.copyOf(entityClasses));
  }

  /**
   * Brings the schema in line with the entities according to {@code action}, waiting for schema
   * agreement after each statement.
   *
   * @param action the action
   * @param entityClasses {@code @Table} classes (or subtypes of a polymorphic base)
   * @return the executed plan
   * @throws SchemaValidationException for {@link SchemaAction#VALIDATE}, listing every difference
   * @throws IncompatibleSchemaException if any entity needs a change Cassandra cannot apply; then
   *     nothing was executed
   * @throws SchemaAgreementException if the nodes do not agree on the schema in time
   * @throws SchemaException if a keyspace is missing or a statement is rejected; the message lists
   *     the statements executed before
   */
  public SchemaPlan sync(SchemaAction action, Class<?>... entityClasses) {
    return sync(action, Arrays.asList(entityClasses));
  }

  /**
   * Brings the schema in line with the entities according to {@code action}.
   *
   * @param action the action
   * @param entityClasses the entity classes
   * @return the executed plan
   * @see #sync(SchemaAction, Class[])
   */
  public SchemaPlan sync(SchemaAction action, Collection<? extends Class<?>> entityClasses) {
    return engine.sync(action, List.copyOf(entityClasses));
  }

  /**
   * Drops the table of an entity ({@code DROP TABLE IF EXISTS}) with its data and indexes. Does
   * nothing if it does not exist, so it can be called repeatedly. User types are kept.
   *
   * @param entityClass the entity class
   */
  public void dropTable(Class<?> entityClass) {
    engine.dropTable(entityClass);
  }

  /**
   * Creates a keyspace with durable writes, unless it exists ({@code IF NOT EXISTS}; an existing
   * keyspace is left as it is, even if its replication differs).
   *
   * @param keyspace the keyspace name, verbatim (case-sensitive, unquoted)
   * @param replication the replication
   */
  public void createKeyspace(String keyspace, Replication replication) {
    createKeyspace(CqlIdentifier.fromInternal(keyspace), replication, true);
  }

  /**
   * Creates a keyspace unless it exists ({@code CREATE KEYSPACE IF NOT EXISTS ... WITH replication
   * = ... AND durable_writes = ...}).
   *
   * @param keyspace the keyspace
   * @param replication the replication
   * @param durableWrites whether writes go through the commit log (false only for data you can
   *     afford to lose)
   */
  public void createKeyspace(CqlIdentifier keyspace, Replication replication, boolean durableWrites) {
    engine.createKeyspace(
        Objects.requireNonNull(keyspace, "keyspace"),
        Objects.requireNonNull(replication, "replication"),
        durableWrites);
  }

  /**
   * Drops a keyspace and everything in it ({@code DROP KEYSPACE IF EXISTS}); does nothing if it
   * does not exist.
   *
   * @param keyspace the keyspace name, verbatim
   */
  public void dropKeyspace(String keyspace) {
    dropKeyspace(CqlIdentifier.fromInternal(keyspace));
  }

  /**
   * Drops a keyspace and everything in it; does nothing if it does not exist.
   *
   * @param keyspace the keyspace
   */
  public void dropKeyspace(CqlIdentifier keyspace) {
    engine.dropKeyspace(Objects.requireNonNull(keyspace, "keyspace"));
  }

  /** Configures a {@link SchemaManager}. */
  public static final class Builder {

    private final CqlSession session;
    private Duration agreementTimeout;
    private Duration ddlTimeout;

    private Builder(CqlSession session) {
      this.session = Objects.requireNonNull(session, "session");
    }

    /**
     * How long to wait after each DDL statement for all nodes to report the same schema version.
     * Default: the driver's {@code advanced.control-connection.schema-agreement.timeout} (10 s
     * unless configured).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder agreementTimeout(Duration timeout) {
      this.agreementTimeout = positive(timeout, "agreementTimeout");
      return this;
    }

    /**
     * The request timeout of each DDL statement. Default: the driver's {@code
     * basic.request.timeout}.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder ddlTimeout(Duration timeout) {
      this.ddlTimeout = positive(timeout, "ddlTimeout");
      return this;
    }

    /**
     * Builds the manager.
     *
     * @return the manager
     */
    public SchemaManager build() {
      return new SchemaManager(new SchemaEngine(session, agreementTimeout, ddlTimeout));
    }

    private static Duration positive(Duration timeout, String name) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + timeout);
      }
      return timeout;
    }
  }
}
