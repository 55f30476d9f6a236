package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.PolymorphismMetadata;
import io.coodie.core.api.schema.SchemaException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns entity classes into {@link TableTarget}s: metadata, keyspace, one per table. */
public final class Targets {

  private Targets() {}

  /**
   * Resolves the classes.
   *
   * @param classes entity classes; subtypes of one polymorphic hierarchy collapse into one table
   * @param sessionKeyspace the session's keyspace, for entities without {@code @Table(keyspace)}
   * @return one target per table, in first-seen order
   * @throws SchemaException if an entity has no keyspace
   * @throws IllegalArgumentException if two unrelated classes map to the same table
   */
  public static List<TableTarget> resolve(
      List<? extends Class<?>> classes, Optional<CqlIdentifier> sessionKeyspace) {
    Map<List<CqlIdentifier>, TableTarget> tables = new LinkedHashMap<>();
    for (Class<?> type : classes) {
      TableTarget target = resolve(type, sessionKeyspace);
      TableTarget previous =
          tables.putIfAbsent(List.of(target.keyspace(), target.entity().table()), target);
      if (previous != null && !root(previous.entity()).equals(root(target.entity()))) {
        throw new IllegalArgumentException(
            previous.owner() + " and " + target.owner() + " both map to table "
                + target.qualifiedName() + "; sync one of them at a time");
      }
    }
    return new ArrayList<>(tables.values());
  }

  /** Resolves one class. */
  public static TableTarget resolve(Class<?> type, Optional<CqlIdentifier> sessionKeyspace) {
    EntityMetadata<?> entity = EntityMetadata.of(type);
    CqlIdentifier keyspace =
        entity
            .keyspace()
            .or(() -> sessionKeyspace)
            .orElseThrow(
                () ->
                    new SchemaException(
                        type.getName() + " has no keyspace: set @Table(keyspace = \"...\") on it,"
                            + " or connect the session to a keyspace"
                            + " (CqlSession.builder().withKeyspace(...))"));
    return new TableTarget(keyspace, entity);
  }

  private static Class<?> root(EntityMetadata<?> entity) {
    return entity.polymorphism().map(PolymorphismMetadata::baseType).orElse(entity.javaType());
  }
}
