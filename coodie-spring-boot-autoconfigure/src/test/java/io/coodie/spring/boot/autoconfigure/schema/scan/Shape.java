package io.coodie.spring.boot.autoconfigure.schema.scan;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** An abstract entity base. */
@Table
public abstract class Shape {

  @PartitionKey
  String id;

  /** A subtype: no {@code @Table} of its own. */
  public static class Circle extends Shape {
    double radius;
  }
}
