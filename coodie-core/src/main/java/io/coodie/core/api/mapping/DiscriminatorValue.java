package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The value stored in the {@link Discriminator} column for rows of the annotated concrete type.
 * Required on every non-abstract type of a polymorphic hierarchy; values must be unique.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface DiscriminatorValue {

  /**
   * The discriminator value.
   *
   * @return the value
   */
  String value();
}
