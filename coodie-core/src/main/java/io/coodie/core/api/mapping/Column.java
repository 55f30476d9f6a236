package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overrides the column (or UDT field) name of a property.
 *
 * <p>Without it the name is the snake_case form of the Java name: {@code createdAt} becomes {@code
 * created_at}. Names are case-sensitive and given unquoted; CQL rendering quotes them when needed
 * (reserved words such as {@code select}, mixed case).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Column {

  /**
   * The column name, verbatim. Empty means the snake_case form of the property name.
   *
   * @return the column name, or empty for the default
   */
  String name() default "";
}
