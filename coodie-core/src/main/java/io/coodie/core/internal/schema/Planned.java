package io.coodie.core.internal.schema;

import io.coodie.core.api.schema.SchemaPlan;
import java.util.List;

/**
 * A computed plan and the steps behind its statements.
 *
 * @param plan the public plan
 * @param steps the statements with their convergence checks, in order ({@code plan.statements()}
 *     are their CQL; empty for VALIDATE)
 */
public record Planned(SchemaPlan plan, List<DdlStep> steps) {

  /** Copies the steps. */
  public Planned {
    steps = List.copyOf(steps);
  }
}
