package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaException;
import io.coodie.core.api.schema.SchemaPlan;
import io.coodie.core.api.schema.SchemaValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The implementation behind {@link io.coodie.core.api.schema.SchemaManager}: resolves targets,
 * snapshots the live schema, plans, executes, and re-plans until the schema has converged.
 */
public final class SchemaEngine {

  private static final Logger LOG = LoggerFactory.getLogger("io.coodie.core.schema");

  /** Rounds of execute-then-replan before giving up on convergence. */
  private static final int MAX_ROUNDS = 3;

  private final CqlSession session;
  private final Duration agreementTimeout;
  private final SchemaExecutor executor;

  /**
   * Creates the engine.
   *
   * @param session the session
   * @param agreementTimeout the agreement timeout, or null for the driver's configured one
   * @param ddlTimeout the DDL request timeout, or null for the driver's request timeout
   */
  public SchemaEngine(CqlSession session, Duration agreementTimeout, Duration ddlTimeout) {
    this.session = session;
    this.agreementTimeout =
        agreementTimeout != null
            ? agreementTimeout
            : session
                .getContext()
                .getConfig()
                .getDefaultProfile()
                .getDuration(
                    DefaultDriverOption.CONTROL_CONNECTION_AGREEMENT_TIMEOUT, Duration.ofSeconds(10));
    this.executor = new SchemaExecutor(session, this.agreementTimeout, ddlTimeout);
  }

  /** See {@code SchemaManager.plan}. */
  public SchemaPlan plan(SchemaAction action, List<? extends Class<?>> classes) {
    return planned(action, classes).plan();
  }

  /** See {@code SchemaManager.sync}. */
  public SchemaPlan sync(SchemaAction action, List<? extends Class<?>> classes) {
    Planned first = planned(action, classes);
    SchemaPlan plan = first.plan();
    plan.differences().forEach(d -> LOG.info("Schema difference: {}", d));
    plan.warnings().forEach(w -> LOG.warn("Schema: {}", w));
    if (action == SchemaAction.VALIDATE) {
      if (!plan.differences().isEmpty()) {
        throw new SchemaValidationException(plan.differences());
      }
      return plan;
    }
    if (first.steps().isEmpty()) {
      return plan;
    }
    List<String> statements = new ArrayList<>(executor.execute(first.steps()));
    Set<String> warnings = new LinkedHashSet<>(plan.warnings());
    Set<String> done = new HashSet<>(statements);
    SchemaAction followUp = action == SchemaAction.CREATE ? SchemaAction.CREATE : SchemaAction.UPDATE;
    for (int round = 2; ; round++) {
      List<DdlStep> remaining = new ArrayList<>();
      for (DdlStep step : replan(followUp, classes, statements)) {
        if (done.contains(step.cql())) {
          warnings.add(
              "executed but not visible in the schema afterwards (the server may store it in"
                  + " another form; declare it that way): " + step.cql());
        } else {
          remaining.add(step);
        }
      }
      if (remaining.isEmpty()) {
        break;
      }
      if (round > MAX_ROUNDS) {
        throw new SchemaException(
            "The schema did not converge after " + MAX_ROUNDS + " rounds (are other clients"
                + " syncing different versions of these entities?); still to execute:\n  "
                + String.join("\n  ", remaining.stream().map(DdlStep::cql).toList()));
      }
      LOG.info("Schema changed concurrently; running {} more statement(s)", remaining.size());
      List<String> sent = executor.execute(remaining);
      statements.addAll(sent);
      done.addAll(sent);
    }
    session.refreshSchema();
    return new SchemaPlan(action, statements, plan.differences(), List.copyOf(warnings));
  }

  /** See {@code SchemaManager.dropTable}. */
  public void dropTable(Class<?> entityClass) {
    TableTarget target = Targets.resolve(entityClass, session.getKeyspace());
    executor.execute(Ddl.dropTable(target.keyspace(), target.entity().table()));
  }

  /** See {@code SchemaManager.createKeyspace}. */
  public void createKeyspace(CqlIdentifier keyspace, Replication replication, boolean durableWrites) {
    executor.execute(Ddl.createKeyspace(keyspace, replication, durableWrites));
  }

  /** See {@code SchemaManager.dropKeyspace}. */
  public void dropKeyspace(CqlIdentifier keyspace) {
    executor.execute(Ddl.dropKeyspace(keyspace));
  }

  /** A follow-up plan; an incompatibility now can only come from another client's change. */
  private List<DdlStep> replan(
      SchemaAction action, List<? extends Class<?>> classes, List<String> executed) {
    try {
      return planned(action, classes).steps();
    } catch (IncompatibleSchemaException e) {
      throw new SchemaException(
          "After this sync executed " + executed.size() + " statement(s), another client changed"
              + " the schema into a shape these entities cannot use:\n  "
              + String.join("\n  ", e.problems()),
          e);
    }
  }

  private Planned planned(SchemaAction action, List<? extends Class<?>> classes) {
    if (action == SchemaAction.NONE) {
      return new Planned(SchemaPlan.empty(action), List.of());
    }
    List<TableTarget> tables = Targets.resolve(classes, session.getKeyspace());
    Set<CqlIdentifier> keyspaces = new LinkedHashSet<>();
    for (TableTarget table : tables) {
      keyspaces.add(table.keyspace());
      table.entity().userTypes().forEach(u -> keyspaces.add(u.keyspace().orElse(table.keyspace())));
    }
    executor.awaitAgreement();
    Map<CqlIdentifier, LiveKeyspace> live = LiveSchemaReader.read(session, keyspaces);
    return SchemaPlanner.plan(action, tables, live);
  }
}
