package io.coodie.migrations;

import java.util.List;

/**
 * What a run would apply now, without applying it: the result of {@link Migrator#dryRun()}.
 *
 * @param keyspace the keyspace, CQL form
 * @param pending the migrations a run would apply, in order
 */
public record MigrationPlan(String keyspace, List<Pending> pending) {

  /** Copies the list. */
  public MigrationPlan {
    pending = List.copyOf(pending);
  }

  /**
   * A migration a run would apply.
   *
   * @param version the version
   * @param description the description
   * @param type CQL or Java
   * @param script the file or class
   * @param retry whether it failed before (and is retried)
   * @param statements the statements of a CQL migration, {@code ${keyspace}} replaced; empty for a Java migration
   *     (what it runs is known only when it runs)
   */
  public record Pending(MigrationVersion version, String description, MigrationType type, String script,
      boolean retry, List<String> statements) {}

  /** Whether there is nothing to apply. */
  public boolean isEmpty() {
    return pending.isEmpty();
  }

  /** A readable listing: each pending migration and its statements. */
  @Override
  public String toString() {
    if (pending.isEmpty()) {
      return "Keyspace " + keyspace + " is up to date: no pending migration";
    }
    StringBuilder out = new StringBuilder(pending.size() + " pending migration(s) in keyspace " + keyspace + ":");
    for (Pending p : pending) {
      out.append("\n  V").append(p.version()).append(" ").append(p.description()).append(" (").append(p.script())
          .append(p.retry() ? ", failed before: retried" : "").append(")");
      if (p.type() == MigrationType.JAVA) {
        out.append("\n    Java migration: its statements are known when it runs");
      }
      p.statements().forEach(s -> out.append("\n    ").append(s.replace("\n", "\n    ")).append(';'));
    }
    return out.toString();
  }
}
