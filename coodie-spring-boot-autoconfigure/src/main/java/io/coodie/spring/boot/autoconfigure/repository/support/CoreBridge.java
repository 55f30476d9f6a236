package io.coodie.spring.boot.autoconfigure.repository.support;

import com.datastax.oss.driver.api.core.cql.ColumnDefinition;
import com.datastax.oss.driver.api.core.cql.ColumnDefinitions;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.api.metadata.PolymorphismMetadata;
import io.coodie.core.internal.mapping.CodecFactory;
import io.coodie.core.internal.mapping.EntityMapper;
import java.util.Optional;

/**
 * The only use of coodie-core internals in the starter: reading a property of an entity by column (to build IDs),
 * and decoding a row of a {@code @Query} statement into an entity with the entity's own codecs. coodie-core's public
 * API has neither yet; when it does, this class goes.
 *
 * @param <T> the entity type
 */
final class CoreBridge<T> {

  private final EntityMetadata<T> metadata;
  private final EntityMapper<T> mapper;
  private final CodecFactory codecs;

  CoreBridge(Coodie coodie, EntityMetadata<T> metadata) {
    this.metadata = metadata;
    this.mapper = EntityMapper.of(metadata.javaType());
    this.codecs = new CodecFactory(coodie.session().getContext().getCodecRegistry());
  }

  /** The value of a column's property in {@code entity} (boxed). */
  Object value(T entity, ColumnMetadata column) {
    return this.mapper.get(entity, column.index());
  }

  /**
   * The entity of a row: columns are matched by name (others are ignored); for a polymorphic entity the row's
   * discriminator chooses the subtype. Null for a row of a sibling subtype of this entity type.
   */
  T decode(Row row) {
    ColumnDefinitions definitions = row.getColumnDefinitions();
    Object[] values = new Object[this.metadata.columns().size()];
    for (int i = 0; i < definitions.size(); i++) {
      ColumnDefinition definition = definitions.get(i);
      Optional<ColumnMetadata> column = this.metadata.columnByName(definition.getName());
      if (column.isPresent()) {
        TypeCodec<Object> codec = this.codecs.codecFor(definition.getType(), column.get());
        values[column.get().index()] = row.get(i, codec);
      }
    }
    Optional<PolymorphismMetadata> polymorphism = this.metadata.polymorphism();
    if (polymorphism.isPresent() && values[polymorphism.get().discriminatorColumn().index()] != null) {
      String discriminator = values[polymorphism.get().discriminatorColumn().index()].toString();
      if (!polymorphism.get().assignableValues().contains(discriminator)) {
        return null;
      }
      return this.mapper.forDiscriminator(discriminator).instantiate(values);
    }
    return this.mapper.instantiate(values);
  }
}
