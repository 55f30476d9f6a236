package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Freezes a collection or user-defined type: the value is stored as one blob and can only be
 * replaced as a whole, but it can be part of a primary key or fully indexed.
 *
 * <p>Usable on the property ({@code @Frozen Set<String> tags}) or on a type argument ({@code
 * List<@Frozen Address>}). Collections nested in collections, UDTs or tuples, and UDTs nested in
 * collections, UDTs or tuples are frozen automatically, as CQL requires.
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
public @interface Frozen {}
