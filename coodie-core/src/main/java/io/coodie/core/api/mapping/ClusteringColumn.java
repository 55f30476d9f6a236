package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a clustering column: rows of one partition are sorted by the clustering columns.
 *
 * <p>With several clustering columns give each its position: {@code @ClusteringColumn(0)},
 * {@code @ClusteringColumn(1)}, ... Positions must be distinct and contiguous from 0.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface ClusteringColumn {

  /**
   * Position of this column among the clustering columns, starting at 0.
   *
   * @return the position
   */
  int value() default 0;

  /**
   * Sort order of this column inside a partition ({@code CLUSTERING ORDER BY}).
   *
   * @return the order, ascending by default
   */
  ClusteringOrder order() default ClusteringOrder.ASC;
}
