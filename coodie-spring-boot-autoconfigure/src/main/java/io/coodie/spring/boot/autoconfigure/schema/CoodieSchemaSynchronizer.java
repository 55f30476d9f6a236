package io.coodie.spring.boot.autoconfigure.schema;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.core.api.schema.SchemaPlan;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Brings the schema of the mapped entities in line with {@code coodie.schema.action} once, at start-up, through
 * coodie-core's {@link SchemaManager}: {@code none} does nothing (and does not connect), {@code validate} fails
 * start-up listing every difference, {@code create} creates what is missing, {@code update} also adds missing
 * columns, fields, indexes and options, {@code recreate} drops and re-creates the tables (tests only). With
 * {@code coodie.schema.dry-run=true} the plan (the exact DDL, the differences, the warnings) is logged and nothing
 * runs; when the plan holds an incompatible change, the rest of it (the additive DDL) is logged first, then start-up
 * fails with the {@link IncompatibleSchemaException}.
 *
 * <p>The entities are the {@code @Table} classes of {@code coodie.schema.base-packages} (by default the
 * auto-configuration packages). Every {@code Coodie} bean, and so every repository, is created after this bean, so
 * nothing serves traffic on a schema that is not synchronised, and a schema failure stops start-up with the schema
 * error (a {@link io.coodie.core.api.schema.SchemaException}, explained by a failure analyzer).
 */
public class CoodieSchemaSynchronizer implements InitializingBean {

  private static final Log logger = LogFactory.getLog(CoodieSchemaSynchronizer.class);

  private final Supplier<CqlSession> session;
  private final SchemaAction action;
  private final boolean dryRun;
  private final Supplier<Set<Class<?>>> entities;
  private final List<String> packages;
  private @Nullable SchemaPlan plan;

  /**
   * Creates the synchronizer.
   *
   * @param session the session DDL runs on, obtained only when there is something to do
   * @param action the action
   * @param dryRun whether to log the plan instead of executing it
   * @param packages the packages scanned, for messages
   * @param entities the entity classes, computed only when there is something to do
   */
  public CoodieSchemaSynchronizer(Supplier<CqlSession> session, SchemaAction action, boolean dryRun,
      List<String> packages, Supplier<Set<Class<?>>> entities) {
    this.session = session;
    this.action = action;
    this.dryRun = dryRun;
    this.packages = List.copyOf(packages);
    this.entities = entities;
  }

  @Override
  public void afterPropertiesSet() {
    this.plan = synchronize();
  }

  /**
   * Plans and (unless dry run) executes the action now.
   *
   * @return the plan executed, or that would be executed in a dry run
   * @throws io.coodie.core.api.schema.SchemaException if the schema cannot be synchronised
   */
  public SchemaPlan synchronize() {
    if (this.action == SchemaAction.NONE) {
      logger.debug("coodie.schema.action=none: the schema is left as it is");
      return SchemaPlan.empty(this.action);
    }
    Set<Class<?>> classes = this.entities.get();
    if (classes.isEmpty()) {
      logger.warn("coodie.schema.action=" + name() + " but no @Table class was found in " + this.packages
          + "; set coodie.schema.base-packages");
      return SchemaPlan.empty(this.action);
    }
    SchemaManager manager = SchemaManager.create(this.session.get());
    if (this.dryRun) {
      SchemaPlan planned;
      try {
        planned = manager.plan(this.action, classes);
      } catch (IncompatibleSchemaException ex) {
        // show the whole plan first, then refuse
        SchemaPlan refused = ex.plan().orElse(SchemaPlan.empty(this.action));
        logger.warn("coodie.schema.dry-run: coodie.schema.action=" + name() + " on " + classes.size()
            + " entities is refused: " + ex.problems().size() + " incompatible change(s), listed in the start-up"
            + " failure. With them it would run " + refused.statements().size() + " statement(s); nothing was"
            + " executed. " + refused);
        throw ex;
      }
      logger.info("coodie.schema.dry-run: coodie.schema.action=" + name() + " on " + classes.size()
          + " entities would run " + planned.statements().size() + " statement(s); nothing was executed. " + planned);
      return planned;
    }
    SchemaPlan executed = manager.sync(this.action, classes);
    if (executed.isEmpty()) {
      logger.info("coodie schema (" + name() + ", " + classes.size() + " entities): up to date");
    } else {
      logger.info("coodie schema (" + name() + ", " + classes.size() + " entities): " + executed);
    }
    executed.warnings().forEach((warning) -> logger.warn("coodie schema: " + warning));
    return executed;
  }

  /**
   * The plan of the start-up synchronisation.
   *
   * @return the plan, or null before it ran
   */
  public @Nullable SchemaPlan plan() {
    return this.plan;
  }

  /**
   * The action.
   *
   * @return the schema action
   */
  public SchemaAction action() {
    return this.action;
  }

  private String name() {
    return this.action.name().toLowerCase(java.util.Locale.ROOT);
  }
}
