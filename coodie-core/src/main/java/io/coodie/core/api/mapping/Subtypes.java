package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lists the subtypes of a {@link Discriminator} base (or of an intermediate type) that is not
 * {@code sealed}. Searched recursively.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Subtypes {

  /**
   * The direct subtypes.
   *
   * @return the subtypes
   */
  Class<?>[] value();
}
