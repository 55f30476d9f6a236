package io.coodie.spring.data.repository;

import com.datastax.oss.driver.api.core.DefaultConsistencyLevel;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The consistency level of the statements a repository method runs (instead of the driver's default, see
 * {@code coodie.request.consistency}). On any query method (derived, {@link Query}, write) and on re-declared
 * {@code save}, {@code insert}, {@code update}, {@code delete} and {@code deleteById} of {@link CoodieRepository}.
 *
 * <pre>{@code
 * @Consistency(DefaultConsistencyLevel.LOCAL_QUORUM)
 * Optional<Account> findByEmail(String email);
 *
 * @Consistency(value = DefaultConsistencyLevel.QUORUM, serial = DefaultConsistencyLevel.LOCAL_SERIAL)
 * @IfNotExists
 * boolean insertIfAbsent(Account account);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Consistency {

  /**
   * The consistency level.
   *
   * @return the level
   */
  DefaultConsistencyLevel value();

  /**
   * The serial consistency level of conditional writes ({@code SERIAL} or {@code LOCAL_SERIAL}); {@code ONE}, the
   * default, means "not set": the driver's default applies.
   *
   * @return the serial level, or {@code ONE} for none
   */
  DefaultConsistencyLevel serial() default DefaultConsistencyLevel.ONE;
}
