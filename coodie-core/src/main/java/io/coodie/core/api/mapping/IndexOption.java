package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entry of an index's {@code WITH OPTIONS} map, e.g. {@code @IndexOption(name =
 * "case_sensitive", value = "false")}. Both are plain strings, quoted when rendered.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({})
public @interface IndexOption {

  /**
   * The option name.
   *
   * @return the name
   */
  String name();

  /**
   * The option value, unquoted.
   *
   * @return the value
   */
  String value();
}
