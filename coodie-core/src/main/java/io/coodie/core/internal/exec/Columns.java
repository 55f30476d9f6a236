package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;

/** Column lookups by CQL name for statement shapes, whose columns always come from the entity's metadata. */
final class Columns {

  private Columns() {}

  static ColumnMetadata byName(EntityMetadata<?> metadata, CqlIdentifier name) {
    return metadata.columnByName(name).orElseThrow(() -> new IllegalStateException(
        metadata.javaType().getName() + " has no column " + name.asCql(true)));
  }
}
