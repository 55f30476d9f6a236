package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.schema.IncompatibleSchemaException;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the plan of a {@link SchemaAction} from the entities and a snapshot of the live schema.
 * Pure: reads no database, so it is unit-tested with hand-made snapshots.
 *
 * <p>Incompatible changes of every entity are collected before anything is returned, and refused
 * as a whole for CREATE and UPDATE, so no statement of a refused sync ever runs.
 */
public final class SchemaPlanner {

  private SchemaPlanner() {}

  /**
   * Plans {@code action}.
   *
   * @param action the action
   * @param tables the entities, one per table, keyspaces resolved
   * @param live a snapshot of every keyspace of the tables and their types
   * @return the plan and its steps
   * @throws IncompatibleSchemaException for CREATE and UPDATE when an entity needs a change
   *     Cassandra cannot apply, and for any action but VALIDATE on a conflict (an index name taken)
   */
  public static Planned plan(
      SchemaAction action, List<TableTarget> tables, Map<CqlIdentifier, LiveKeyspace> live) {
    if (action == SchemaAction.NONE) {
      return new Planned(SchemaPlan.empty(action), List.of());
    }
    PlanBuilder out = new PlanBuilder(action);
    checkIndexNames(tables, out);
    new TypeDiff(out, live).plan(TypeDiff.targets(tables));
    for (TableTarget table : tables) {
      LiveKeyspace keyspace = live.get(table.keyspace());
      if (keyspace == null) {
        throw new IllegalArgumentException("no snapshot of keyspace " + table.keyspace());
      }
      new TableDiff(out, table, keyspace).plan();
    }
    if (action != SchemaAction.VALIDATE) {
      List<String> refused = new ArrayList<>(action == SchemaAction.RECREATE ? List.of() : out.problems);
      refused.addAll(out.conflicts);
      if (!refused.isEmpty()) {
        // the rest of the plan goes with the refusal, so a dry run can show all of it
        SchemaPlan rest =
            new SchemaPlan(
                action, out.steps().stream().map(DdlStep::cql).toList(), out.differences,
                out.warnings);
        throw new IncompatibleSchemaException(refused, rest);
      }
    }
    if (out.unapplied > 0) {
      out.warnings.add(
          "CREATE leaves existing tables and types as they are: " + out.unapplied
              + " of the differences above need SchemaAction.UPDATE");
    }
    List<DdlStep> steps = action == SchemaAction.VALIDATE ? List.of() : out.steps();
    SchemaPlan plan =
        new SchemaPlan(
            action, steps.stream().map(DdlStep::cql).toList(), out.differences, out.warnings);
    return new Planned(plan, steps);
  }

  /** Index names are unique per keyspace: two entities of one sync must not share one. */
  private static void checkIndexNames(List<TableTarget> tables, PlanBuilder out) {
    Map<List<CqlIdentifier>, TableTarget> seen = new HashMap<>();
    for (TableTarget table : tables) {
      for (IndexMetadata index : table.entity().indexes()) {
        TableTarget previous = seen.putIfAbsent(List.of(table.keyspace(), index.name()), table);
        if (previous != null && previous != table) {
          out.conflict(
              "index name " + index.name().asCql(true) + " is declared by both "
                  + previous.owner() + " and " + table.owner() + " in keyspace "
                  + table.keyspace().asCql(true) + "; name them apart with @Index(name = ...)");
        }
      }
    }
  }
}
