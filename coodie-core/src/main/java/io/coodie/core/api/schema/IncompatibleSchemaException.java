package io.coodie.core.api.schema;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The entities need changes Cassandra cannot apply to an existing table or type: a different
 * partition key or clustering (columns, order or direction), a changed column or field type, a
 * column that moved between static and regular, or a counter table that became a regular one (or
 * the reverse). Detected for all entities of a sync before any statement runs, so nothing is
 * half-applied.
 *
 * <p>Each problem names the keyspace and table (or type), the column, the definition in the
 * database and the one wanted, and what to do: migrate the data to a new table (or type), or
 * {@link SchemaAction#RECREATE} in development.
 */
public class IncompatibleSchemaException extends SchemaException {

  private static final long serialVersionUID = 1L;

  private final List<String> problems;
  private final transient @Nullable SchemaPlan plan;

  /**
   * Creates the exception.
   *
   * @param problems every incompatible change found
   */
  public IncompatibleSchemaException(List<String> problems) {
    this(problems, null);
  }

  /**
   * Creates the exception, with the rest of the plan that was refused.
   *
   * @param problems every incompatible change found
   * @param plan the statements that would have run with them (the compatible, additive part), the
   *     differences and the warnings; null when unknown
   */
  public IncompatibleSchemaException(List<String> problems, @Nullable SchemaPlan plan) {
    super(message(problems));
    this.problems = List.copyOf(problems);
    this.plan = plan;
  }

  /**
   * The refused plan: the statements that would have run along with the incompatible changes (none
   * ran), every difference found, and the warnings. A dry run logs it before refusing.
   *
   * @return the plan, or empty when it was not computed
   */
  public java.util.Optional<SchemaPlan> plan() {
    return java.util.Optional.ofNullable(plan);
  }

  /**
   * Every incompatible change found.
   *
   * @return the problems, each a complete sentence with a suggestion
   */
  public List<String> problems() {
    return problems;
  }

  private static String message(List<String> problems) {
    StringBuilder out =
        new StringBuilder("Incompatible schema change")
            .append(problems.size() == 1 ? "" : "s")
            .append("; no statement was executed:");
    problems.forEach(p -> out.append("\n  - ").append(p));
    return out.toString();
  }
}
