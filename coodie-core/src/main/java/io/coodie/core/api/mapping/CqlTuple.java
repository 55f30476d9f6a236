package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record positionally to a CQL {@code tuple}: {@code record Point(double x, double y)}
 * becomes {@code frozen<tuple<double, double>>}. Tuples are always frozen.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CqlTuple {}
