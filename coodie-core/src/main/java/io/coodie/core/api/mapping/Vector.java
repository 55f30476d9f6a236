package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a {@code float[]}, {@code List<Float>} or {@code CqlVector<Float>} to CQL {@code
 * vector<float, N>} (Cassandra 5+), e.g. for similarity search with an SAI index.
 *
 * <pre>{@code
 * @Vector(dimension = 384) float[] embedding;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({
  ElementType.TYPE_USE,
  ElementType.FIELD,
  ElementType.RECORD_COMPONENT,
  ElementType.PARAMETER,
  ElementType.METHOD
})
public @interface Vector {

  /**
   * Number of elements of every vector stored in the column; must be positive.
   *
   * @return the dimension
   */
  int dimension();
}
