package io.coodie.spring.boot.autoconfigure.schema.scan;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A record entity. */
@Table
public record Plain(@PartitionKey String id) {

  /** Not an entity. */
  public static final class Helper {
  }
}
