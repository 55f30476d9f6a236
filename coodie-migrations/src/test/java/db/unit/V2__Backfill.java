package db.unit;

import io.coodie.migrations.JavaMigration;
import io.coodie.migrations.MigrationContext;

/** Found by the resolver in classpath:db/unit. */
public class V2__Backfill implements JavaMigration {
  @Override
  public void migrate(MigrationContext context) {}
}
