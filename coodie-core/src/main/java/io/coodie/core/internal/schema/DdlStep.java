package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.metadata.Metadata;
import java.util.function.Predicate;

/**
 * One DDL statement of a plan, with how to tell that a failure of it is harmless.
 *
 * @param cql the statement
 * @param converged for {@code ALTER ... ADD}: whether the refreshed schema already has the wanted
 *     column or field (another instance added it first), in which case a rejection counts as
 *     done; {@code null} for statements that cannot fail that way ({@code IF [NOT] EXISTS})
 */
public record DdlStep(String cql, Predicate<Metadata> converged) {

  public static DdlStep of(String cql) {
    return new DdlStep(cql, null);
  }
}
