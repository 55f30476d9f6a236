package io.coodie.spring.data.repository.support;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.spring.data.auditing.CoodieAuditingHandler;
import io.coodie.spring.data.mapping.EntityConventions;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.repository.core.EntityInformation;

/**
 * Spring Data's {@link EntityInformation} of a coodie entity, from its {@link EntityMetadata}: the ID is built from
 * the primary key properties (see {@code CoodieRepository} for the supported ID types).
 *
 * <p>{@link #isNew} is true unless the entity has a {@code @Version}: Cassandra writes are upserts and coodie
 * decides between an insert and an update from what it read, not from the ID.
 *
 * @param <T> the entity type
 * @param <ID> the ID type
 */
public final class CoodieEntityInformation<T, ID> implements EntityInformation<T, ID> {

  private final EntityMetadata<T> metadata;
  private final Class<ID> idType;
  private final KeyMapper<ID> keys;
  private final EntityOperations<T> operations;
  private final EntityConventions conventions;
  private final EntityWriter<T> writer;

  CoodieEntityInformation(Coodie coodie, EntityMetadata<T> metadata, Class<ID> idType,
      @Nullable CoodieAuditingHandler auditing) {
    this.metadata = metadata;
    this.idType = idType;
    this.keys = KeyMapper.of(metadata, idType);
    this.operations = coodie.entity(metadata.javaType());
    this.conventions = EntityConventions.of(metadata, auditing != null);
    this.writer = new EntityWriter<>(this.conventions, auditing);
  }

  /**
   * The entity's Spring Data conventions: its {@code @Version} and auditing properties.
   *
   * @return the conventions
   */
  public EntityConventions conventions() {
    return this.conventions;
  }

  /** Writes with the conventions (version, auditing). */
  EntityWriter<T> writer() {
    return this.writer;
  }

  /**
   * The entity's mapping metadata.
   *
   * @return the metadata
   */
  public EntityMetadata<T> metadata() {
    return this.metadata;
  }

  /**
   * The primary key values of an ID, partition key then clustering columns.
   *
   * @param id the ID
   * @return the values, none null
   * @throws IllegalArgumentException if the ID is null or lacks a key value
   */
  public Object[] keyValues(ID id) {
    return this.keys.values(id);
  }

  /** True, unless the entity has a {@code @Version}: then while the version is null (or 0 for a primitive). */
  @Override
  public boolean isNew(T entity) {
    return this.conventions.version().map((version) -> {
      Object value = version.get(entity);
      return value == null || (version.type().isPrimitive() && ((Number) value).longValue() == 0);
    }).orElse(true);
  }

  @Override
  public ID getId(T entity) {
    List<ColumnMetadata> key = this.metadata.primaryKey();
    Object[] values = new Object[key.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = this.operations.valueOf(entity, key.get(i).propertyName());
      if (values[i] == null) {
        return null;
      }
    }
    return this.keys.id(values);
  }

  @Override
  public Class<ID> getIdType() {
    return this.idType;
  }

  @Override
  public Class<T> getJavaType() {
    return this.metadata.javaType();
  }

  /** The entity of a row of a {@code @Query} statement (null for a row of a sibling subtype). */
  T fromRow(com.datastax.oss.driver.api.core.cql.Row row) {
    return this.operations.fromRow(row);
  }
}
