package io.coodie.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an update or delete conditional on the row existing ({@code IF EXISTS}): on update methods
 * ({@code update...(entity, ...)}), delete methods ({@code delete...(entity)}, {@code deleteById}) and derived
 * deletes ({@code deleteBy...}).
 *
 * <pre>{@code
 * @IfExists
 * boolean updateExisting(Product product);   // false when there is no such product
 * }</pre>
 *
 * <p><b>Outcome</b>, by return type: {@code boolean} (or {@code CompletableFuture<Boolean>}) is whether the row
 * existed and was written; {@code void}, the entity, or their futures throw {@link io.coodie.core.api.LwtException}
 * when it did not. Anywhere else (or with {@link IfNotExists}) it fails at start-up naming the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface IfExists {}
