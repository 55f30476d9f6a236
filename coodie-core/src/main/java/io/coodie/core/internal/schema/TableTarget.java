package io.coodie.core.internal.schema;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.metadata.EntityMetadata;

/**
 * An entity to sync, with its keyspace resolved ({@code @Table(keyspace)} or the session's).
 *
 * @param keyspace the keyspace of the table
 * @param entity the entity metadata
 */
public record TableTarget(CqlIdentifier keyspace, EntityMetadata<?> entity) {

  /** {@code ks.table}, quoted where CQL needs it. */
  public String qualifiedName() {
    return keyspace.asCql(true) + "." + entity.table().asCql(true);
  }

  /** The entity class name, for messages. */
  public String owner() {
    return entity.javaType().getName();
  }
}
