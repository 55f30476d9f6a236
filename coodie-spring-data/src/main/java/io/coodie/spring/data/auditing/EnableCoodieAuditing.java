package io.coodie.spring.data.auditing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;

/**
 * Enables auditing of coodie entities: repository writes fill {@code @CreatedDate}, {@code @LastModifiedDate},
 * {@code @CreatedBy} and {@code @LastModifiedBy} properties (see {@link CoodieAuditingHandler}). Without it, those
 * annotations fail repository creation rather than being ignored.
 *
 * <pre>{@code
 * @Configuration
 * @EnableCoodieAuditing
 * class AuditConfig {
 *   @Bean AuditorAware<String> auditor() { return () -> Optional.of(currentUser()); }
 * }
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(CoodieAuditingRegistrar.class)
public @interface EnableCoodieAuditing {

  /**
   * The {@code AuditorAware} bean's name. Empty: the only {@code AuditorAware} bean, if any.
   *
   * @return the bean name
   */
  String auditorAwareRef() default "";

  /**
   * Whether the date properties are set.
   *
   * @return true to set dates
   */
  boolean setDates() default true;

  /**
   * Whether the last-modified properties are set when an entity is created.
   *
   * @return true to set them on creation
   */
  boolean modifyOnCreate() default true;

  /**
   * The {@code DateTimeProvider} bean's name. Empty: the only {@code DateTimeProvider} bean, else the current time.
   *
   * @return the bean name
   */
  String dateTimeProviderRef() default "";
}
