package io.coodie.spring.boot.autoconfigure.migrations;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Migrations run at start-up by coodie-migrations, bound from {@code coodie.migrations.*}.
 *
 * @param enabled Whether to apply the migrations of the locations at start-up, before the schema synchronizer and
 *     anything using coodie. On by default once coodie-migrations is on the class path; when the locations hold no
 *     migration nothing happens (nothing is read from or written to Cassandra).
 * @param locations Where migrations are: classpath:path (directories and jars) or filesystem:/dir. V*.cql files and
 *     JavaMigration classes are found there; JavaMigration beans are applied too.
 * @param keyspace Keyspace to migrate. Empty: spring.cassandra.keyspace-name, else the session's keyspace.
 * @param dryRun Whether to log the pending migrations and their statements instead of applying them.
 * @param target Apply migrations up to this version only. Empty: all.
 * @param baseline Version to baseline a keyspace whose history table holds nothing: migrations up to it are
 *     recorded as existing and never applied. Empty: no baseline.
 * @param repair Whether to store the current checksums of changed applied migrations (Migrator.repair) before
 *     migrating. Set it once, deliberately, after reviewing the change; never leave it on.
 * @param leaseTtl How long the migration lease lasts without renewal (renewed every third of it while migrating): a
 *     crashed instance blocks the others at most this long. Whole seconds, at least 2 s.
 * @param leaseWait How long to wait at start-up for another instance's lease before failing.
 * @param historyTable Name of the history table in the keyspace; the lease table is named after it with _lease.
 */
@ConfigurationProperties("coodie.migrations")
public record CoodieMigrationsProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("classpath:db/cassandra") List<String> locations,
    @Nullable String keyspace,
    @DefaultValue("false") boolean dryRun,
    @Nullable String target,
    @Nullable String baseline,
    @DefaultValue("false") boolean repair,
    @DefaultValue("30s") Duration leaseTtl,
    @DefaultValue("2m") Duration leaseWait,
    @DefaultValue("coodie_schema_history") String historyTable) {

  /** Copies the locations. */
  public CoodieMigrationsProperties {
    locations = List.copyOf(locations);
  }
}
