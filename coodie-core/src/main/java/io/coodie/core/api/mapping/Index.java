package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an index on the annotated column. Repeatable, e.g. to index both the keys and the
 * values of a map.
 *
 * <pre>{@code
 * @Index(using = IndexKind.SAI) String email;
 * @Index(target = IndexTarget.KEYS) @Index(name = "attr_values", target = IndexTarget.VALUES)
 * Map<String, String> attrs;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Repeatable(Indexes.class)
public @interface Index {

  /**
   * The index name, verbatim. Empty means {@code <table>_<column>_idx}; name the indexes
   * explicitly when one column has several.
   *
   * @return the index name, or empty for the default
   */
  String name() default "";

  /**
   * What part of a collection to index. {@link IndexTarget#AUTO} picks the values of a non-frozen
   * collection, the whole value of a frozen collection, and the plain column otherwise.
   *
   * @return the index target
   */
  IndexTarget target() default IndexTarget.AUTO;

  /**
   * The index implementation.
   *
   * @return the index kind, a legacy secondary index by default
   */
  IndexKind using() default IndexKind.SECONDARY;

  /**
   * Implementation options, rendered as the {@code WITH OPTIONS} map.
   *
   * @return the options, none by default
   */
  IndexOption[] options() default {};
}
