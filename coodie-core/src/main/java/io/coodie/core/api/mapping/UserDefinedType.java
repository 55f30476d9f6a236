package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a class or record to a CQL user-defined type. Fields follow the entity rules: {@link
 * Column}, {@link Transient}, {@link Frozen}, {@link Ascii}, {@link TimeUuid} and {@link Vector}
 * apply; key, index and counter annotations do not.
 *
 * <p>Fields are matched to the live type by name, so the database may list them in another order
 * (e.g. after {@code ALTER TYPE ... ADD}) or carry extra fields the class ignores.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UserDefinedType {

  /**
   * The type name, verbatim. Empty means the snake_case form of the simple class name.
   *
   * @return the type name, or empty for the default
   */
  String name() default "";

  /**
   * The keyspace, verbatim. Empty means the keyspace of the table that uses the type; CQL requires
   * a table and its types to live in the same keyspace.
   *
   * @return the keyspace, or empty
   */
  String keyspace() default "";
}
