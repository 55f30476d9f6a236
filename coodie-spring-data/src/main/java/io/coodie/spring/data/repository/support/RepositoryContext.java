package io.coodie.spring.data.repository.support;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.query.Query;
import java.util.List;

/**
 * What the queries of one repository work with: the coodie, the entity information and the entity's operations.
 *
 * @param coodie the coodie
 * @param information the entity information
 * @param operations the entity's operations
 * @param <T> the entity type
 * @param <ID> the ID type
 */
record RepositoryContext<T, ID>(Coodie coodie, CoodieEntityInformation<T, ID> information,
    EntityOperations<T> operations) {

  EntityMetadata<T> metadata() {
    return this.information.metadata();
  }

  Class<T> domainType() {
    return this.information.getJavaType();
  }

  /** The query restricting the primary key to the values of {@code id}. */
  Query<T> byId(ID id) {
    List<ColumnMetadata> key = metadata().primaryKey();
    Object[] values = this.information.keyValues(id);
    Query<T> query = this.operations.query();
    for (int i = 0; i < values.length; i++) {
      query = query.where(key.get(i).propertyName()).eq(values[i]);
    }
    return query;
  }
}
