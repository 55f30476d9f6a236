package io.coodie.core.internal.schema;

import io.coodie.core.api.schema.SchemaAction;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects what the diff finds, by kind, and the statements by phase, so they can be emitted in a
 * safe order: table drops, type drops (dependents first), type creates and alters (dependencies
 * first), then per table its create or alters and indexes.
 */
final class PlanBuilder {

  final SchemaAction action;
  /** Incompatible definitions; {@link SchemaAction#RECREATE} resolves them by dropping. */
  final List<String> problems = new ArrayList<>();
  /** Conflicts no action resolves (e.g. an index name taken by another table). */
  final List<String> conflicts = new ArrayList<>();
  final List<String> differences = new ArrayList<>();
  final List<String> warnings = new ArrayList<>();
  final List<DdlStep> tableDrops = new ArrayList<>();
  final List<DdlStep> typeDrops = new ArrayList<>();
  final List<DdlStep> typeSteps = new ArrayList<>();
  final List<DdlStep> tableSteps = new ArrayList<>();
  /** Differences found that the action does not apply ({@link SchemaAction#CREATE}). */
  int unapplied;

  PlanBuilder(SchemaAction action) {
    this.action = action;
  }

  /** Whether the action creates missing objects. */
  boolean creates() {
    return action == SchemaAction.CREATE
        || action == SchemaAction.UPDATE
        || action == SchemaAction.RECREATE;
  }

  /** Whether the action alters existing objects. */
  boolean alters() {
    return action == SchemaAction.UPDATE || action == SchemaAction.RECREATE;
  }

  void problem(String problem) {
    problems.add(problem);
    differences.add(problem);
  }

  void conflict(String conflict) {
    conflicts.add(conflict);
    differences.add(conflict);
  }

  /** A difference applied by an alter, counted as unapplied when the action does not alter. */
  void alteration(String difference, List<DdlStep> target, DdlStep step) {
    differences.add(difference);
    if (alters()) {
      target.add(step);
    } else if (action == SchemaAction.CREATE) {
      unapplied++;
    }
  }

  List<DdlStep> steps() {
    List<DdlStep> all = new ArrayList<>(tableDrops);
    List<DdlStep> drops = new ArrayList<>(typeDrops);
    java.util.Collections.reverse(drops);
    all.addAll(drops);
    all.addAll(typeSteps);
    all.addAll(tableSteps);
    return all;
  }
}
