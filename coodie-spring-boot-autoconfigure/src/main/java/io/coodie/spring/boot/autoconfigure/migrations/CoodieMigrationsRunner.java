package io.coodie.spring.boot.autoconfigure.migrations;

import io.coodie.migrations.AppliedMigration;
import io.coodie.migrations.Migration;
import io.coodie.migrations.MigrationInfo;
import io.coodie.migrations.MigrationPlan;
import io.coodie.migrations.Migrator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.InitializingBean;

/**
 * Applies the migrations once, at start-up, through coodie-migrations' {@link Migrator}: before the schema
 * synchronizer and every {@code Coodie} bean (and so every repository), which depend on this bean. A failure stops
 * start-up with the migration error, explained by {@link MigrationsFailureAnalyzer}.
 *
 * <p>When the locations hold no migration, nothing happens: the session is not even obtained. Otherwise, with
 * {@code coodie.schema.action} create, update or recreate, start-up is refused ({@link
 * SchemaActionConflictException}): use {@code validate} (which then checks the migrated schema against the entities)
 * or {@code none}.
 */
public class CoodieMigrationsRunner implements InitializingBean {

  private static final Log logger = LogFactory.getLog(CoodieMigrationsRunner.class);

  private final Supplier<Migrator> migrator;
  private final Supplier<List<Migration>> migrations;
  private final CoodieMigrationsProperties properties;
  private final String schemaAction;
  private List<AppliedMigration> applied = List.of();
  private @Nullable MigrationPlan plan;
  private @Nullable Migrator built;

  /**
   * Creates the runner.
   *
   * @param migrator the migrator, built only when there are migrations (it needs the session)
   * @param migrations resolves the migrations of the locations (without Cassandra)
   * @param properties the properties
   * @param schemaAction the value of {@code coodie.schema.action}
   */
  public CoodieMigrationsRunner(Supplier<Migrator> migrator, Supplier<List<Migration>> migrations,
      CoodieMigrationsProperties properties, String schemaAction) {
    this.migrator = migrator;
    this.migrations = migrations;
    this.properties = properties;
    this.schemaAction = schemaAction.toLowerCase(Locale.ROOT);
  }

  @Override
  public void afterPropertiesSet() {
    run();
  }

  /** Runs the start-up migration (or dry run) now. */
  public void run() {
    if (!this.properties.enabled()) {
      // the condition on coodie.migrations.enabled is frozen at build time in an AOT context; check it again here
      logger.info("coodie.migrations.enabled=false: no migration applied");
      return;
    }
    List<Migration> found = this.migrations.get();
    if (found.isEmpty()) {
      logger.info("coodie.migrations: no migration in " + this.properties.locations() + "; nothing to do");
      return;
    }
    if (List.of("create", "update", "recreate").contains(this.schemaAction)) {
      throw new SchemaActionConflictException("coodie.migrations found " + found.size() + " migration(s) in "
          + this.properties.locations() + " and coodie.schema.action=" + this.schemaAction + " would change the"
          + " schema too; start-up refused: one of them must own the schema.");
    }
    Migrator migrator = migrator();
    if (this.properties.baseline() != null && !this.properties.baseline().isBlank()
        && migrator.info().stream().noneMatch((info) -> info.applied() != null)) {
      logger.info("coodie.migrations: baseline of keyspace " + migrator.keyspace() + " at version "
          + this.properties.baseline());
      migrator.baseline(this.properties.baseline(), "baseline (coodie.migrations.baseline)");
    }
    if (this.properties.repair() && !this.properties.dryRun()) {
      List<String> repaired = migrator.repair();
      logger.warn("coodie.migrations.repair=true: " + (repaired.isEmpty() ? "nothing to repair"
          : "stored the new checksums of " + repaired) + "; remove the setting");
    }
    if (this.properties.dryRun()) {
      this.plan = migrator.dryRun();
      logger.info("coodie.migrations.dry-run: nothing was executed. " + this.plan);
      return;
    }
    this.applied = migrator.migrate();
  }

  /**
   * The migrations the start-up run applied.
   *
   * @return them, in order; empty in a dry run or when nothing was pending
   */
  public List<AppliedMigration> applied() {
    return this.applied;
  }

  /**
   * The plan of a dry run.
   *
   * @return the plan, or null when not a dry run (or nothing was found)
   */
  public @Nullable MigrationPlan plan() {
    return this.plan;
  }

  /**
   * The state of every migration now (reads the history table).
   *
   * @return the migrations by version
   */
  public List<MigrationInfo> info() {
    return migrator().info();
  }

  private synchronized Migrator migrator() {
    if (this.built == null) {
      this.built = this.migrator.get();
    }
    return this.built;
  }
}
