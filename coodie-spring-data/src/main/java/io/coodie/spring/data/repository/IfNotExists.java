package io.coodie.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an insert conditional on the row not existing ({@code INSERT ... IF NOT EXISTS}), on a method named
 * {@code insert...} whose first parameter is the entity (including a re-declared {@link CoodieRepository#insert}).
 *
 * <pre>{@code
 * @IfNotExists
 * boolean insertIfAbsent(User user);   // false when a user with this key exists
 *
 * @IfNotExists
 * User insertNew(User user);           // the user; LwtException (with the existing row) when one exists
 * }</pre>
 *
 * <p><b>Outcome</b>, by return type: {@code boolean} (or {@code CompletableFuture<Boolean>}) is whether the row was
 * inserted; {@code void}, the entity, or their futures throw {@link io.coodie.core.api.LwtException} when it was not,
 * whose {@code existing(Class)} is the row found. Anywhere else the annotation fails at start-up naming the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IfNotExists {}
