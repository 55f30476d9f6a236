package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a partition key column. An entity needs at least one.
 *
 * <p>For a composite partition key give each column its position: {@code @PartitionKey(0)},
 * {@code @PartitionKey(1)}, ... Positions must be distinct and contiguous from 0.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface PartitionKey {

  /**
   * Position of this column in the partition key, starting at 0.
   *
   * @return the position
   */
  int value() default 0;
}
