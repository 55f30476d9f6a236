package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a {@code long} or {@code Long} property to a CQL {@code counter} column.
 *
 * <p>A table with counters is a counter table: besides its primary key it may only hold counter
 * columns, and counters cannot be part of the primary key.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Counter {}
