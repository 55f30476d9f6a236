package io.coodie.core.api.schema;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of comparing entities with the live schema for one {@link SchemaAction}: the exact
 * DDL statements, in execution order, plus what was found. Immutable.
 *
 * <p>From {@link SchemaManager#plan} it is a dry run: the statements {@link SchemaManager#sync}
 * would execute right now. From {@code sync} it lists the statements that were executed (if other
 * instances changed the schema concurrently, {@code sync} may have run a short follow-up round;
 * its statements are appended).
 *
 * @param action the action the plan was computed for
 * @param statements the CQL statements, in order; empty when the schema already matches
 * @param differences each difference found between the entities and the database, e.g. {@code
 *     table shop.products: column price is missing (wanted decimal)}; includes differences the
 *     action does not apply (e.g. missing columns under {@link SchemaAction#CREATE})
 * @param warnings things that are left alone but worth knowing, e.g. columns present in the
 *     database and not in the entity (kept, never dropped), indexes the entities do not declare,
 *     options whose live value cannot be read
 */
public record SchemaPlan(
    SchemaAction action, List<String> statements, List<String> differences, List<String> warnings) {

  /**
   * Creates a plan; the lists are copied.
   *
   * @param action the action
   * @param statements the CQL statements in order
   * @param differences the differences found
   * @param warnings the warnings
   */
  public SchemaPlan {
    Objects.requireNonNull(action, "action");
    statements = List.copyOf(statements);
    differences = List.copyOf(differences);
    warnings = List.copyOf(warnings);
  }

  /**
   * An empty plan: nothing to do, nothing found.
   *
   * @param action the action
   * @return the plan
   */
  public static SchemaPlan empty(SchemaAction action) {
    return new SchemaPlan(action, List.of(), List.of(), List.of());
  }

  /**
   * Whether the plan executes nothing.
   *
   * @return true when {@link #statements()} is empty
   */
  public boolean isEmpty() {
    return statements.isEmpty();
  }

  /**
   * A readable multi-line summary: the action, the statements, the differences and the warnings.
   *
   * @return the summary
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("SchemaPlan[").append(action).append(']');
    section(out, "statements", statements);
    section(out, "differences", differences);
    section(out, "warnings", warnings);
    return out.toString();
  }

  private static void section(StringBuilder out, String title, List<String> lines) {
    if (!lines.isEmpty()) {
      out.append("\n  ").append(title).append(':');
      lines.forEach(line -> out.append("\n    ").append(line));
    }
  }
}
