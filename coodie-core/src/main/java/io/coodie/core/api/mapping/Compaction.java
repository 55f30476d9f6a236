package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code compaction} option of {@link TableOptions}, rendered as {@code {'class': '<strategy>',
 * <options>}}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface Compaction {

  /**
   * The strategy class, short ({@code "LeveledCompactionStrategy"}) or fully qualified. Empty
   * leaves compaction unset.
   *
   * @return the strategy class
   */
  String strategy() default "";

  /**
   * Sub-options of the strategy; values are CQL literals ({@code "160"}, {@code "'ALL'"}).
   *
   * @return the strategy options
   */
  TableOption[] options() default {};
}
