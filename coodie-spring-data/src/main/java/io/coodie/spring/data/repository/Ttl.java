package io.coodie.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Writes with {@code USING TTL}: the written cells expire after the time to live.
 *
 * <p>On an insert, save or update method (a method of the repository named {@code insert...}, {@code save...} or
 * {@code update...} whose first parameter is the entity, including a re-declared {@code save}, {@code insert} or
 * {@code update} of {@link CoodieRepository}), either as a constant or on a parameter:
 *
 * <pre>{@code
 * @Ttl(3600)
 * Session save(Session session);                           // every save expires after an hour
 *
 * void insertWithTtl(Session session, @Ttl Duration ttl);  // the TTL of each call; null: no TTL
 * void updateWithTtl(Session session, @Ttl int seconds);
 * }</pre>
 *
 * A parameter carrying this annotation is not a query parameter. {@code 0} means "never expires" (which overrides
 * the table's default TTL). A {@code Duration} is never rounded: a fraction of a second (such as
 * {@code ofMillis(500)}), a negative TTL or one over 20 years fails the call with an
 * {@code IllegalArgumentException} before anything is sent. Anywhere else (on a read, a delete) it fails at start-up
 * naming the method.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.PARAMETER })
public @interface Ttl {

  /**
   * The TTL in seconds when the annotation is on a method (at least 0); ignored on a parameter, whose value (an
   * {@code int}/{@code Integer} of seconds or a {@code Duration}, whole seconds) is used instead.
   *
   * @return the TTL in seconds
   */
  int value() default -1;
}
