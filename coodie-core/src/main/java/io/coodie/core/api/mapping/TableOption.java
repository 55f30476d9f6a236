package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A named option whose value is a CQL literal, rendered verbatim: {@code @TableOption(name =
 * "caching", value = "{'keys': 'ALL', 'rows_per_partition': 'NONE'}")}, {@code @TableOption(name =
 * "speculative_retry", value = "'99p'")}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface TableOption {

  /**
   * The option name.
   *
   * @return the name
   */
  String name();

  /**
   * The value as a CQL literal (strings single-quoted).
   *
   * @return the literal
   */
  String value();
}
