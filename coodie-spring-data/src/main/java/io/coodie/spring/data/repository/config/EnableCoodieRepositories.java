package io.coodie.spring.data.repository.config;

import io.coodie.spring.data.repository.support.CoodieRepositoryFactoryBean;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.config.BootstrapMode;
import org.springframework.data.repository.config.DefaultRepositoryBaseClass;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;

/**
 * Enables coodie repositories: interfaces extending {@link CoodieRepository} (or any Spring Data {@code Repository}
 * of a {@code @Table} entity) in the given packages become beans. Without this annotation, Spring Boot registers
 * them from the auto-configuration packages (those of the {@code @SpringBootApplication} class), unless
 * {@code coodie.repositories.enabled=false}; with it, that auto-registration backs off.
 *
 * <pre>{@code
 * @Configuration
 * @EnableCoodieRepositories(basePackages = "com.example.shop.data")
 * class DataConfig {}
 * }</pre>
 *
 * Attributes are those of Spring Data's other stores.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Import(CoodieRepositoriesRegistrar.class)
public @interface EnableCoodieRepositories {

  /**
   * Alias for {@link #basePackages()}.
   *
   * @return the base packages
   */
  String[] value() default {};

  /**
   * Packages scanned for repository interfaces. Empty: the package of the annotated class.
   *
   * @return the base packages
   */
  String[] basePackages() default {};

  /**
   * Type-safe alternative to {@link #basePackages()}: the packages of these classes are scanned.
   *
   * @return marker classes
   */
  Class<?>[] basePackageClasses() default {};

  /**
   * Only interfaces matching these filters are repositories.
   *
   * @return the include filters
   */
  Filter[] includeFilters() default {};

  /**
   * Interfaces matching these filters are skipped.
   *
   * @return the exclude filters
   */
  Filter[] excludeFilters() default {};

  /**
   * Postfix of custom implementation classes ({@code ProductRepositoryImpl}).
   *
   * @return the postfix
   */
  String repositoryImplementationPostfix() default "Impl";

  /**
   * Location of named queries; coodie does not use named queries.
   *
   * @return the location
   */
  String namedQueriesLocation() default "";

  /**
   * How query methods are resolved. coodie uses {@link Query} when present, otherwise derives from the name, for
   * every key.
   *
   * @return the key
   */
  Key queryLookupStrategy() default QueryLookupStrategy.Key.CREATE_IF_NOT_FOUND;

  /**
   * The factory bean of each repository.
   *
   * @return the factory bean class
   */
  Class<?> repositoryFactoryBeanClass() default CoodieRepositoryFactoryBean.class;

  /**
   * The implementation of the base interface's methods; it must have a constructor taking
   * {@code (CoodieEntityInformation, Coodie)} like the default, {@code SimpleCoodieRepository}.
   *
   * @return the base class
   */
  Class<?> repositoryBaseClass() default DefaultRepositoryBaseClass.class;

  /**
   * Whether repositories nested in other classes are found.
   *
   * @return true to consider nested interfaces
   */
  boolean considerNestedRepositories() default false;

  /**
   * When repositories are created: {@code DEFAULT} at start-up (so bad methods fail start-up), {@code LAZY} or
   * {@code DEFERRED}.
   *
   * @return the mode
   */
  BootstrapMode bootstrapMode() default BootstrapMode.DEFAULT;

  /**
   * Name of the {@code Coodie} bean repositories use. Empty: the only {@code Coodie} bean.
   *
   * @return the bean name
   */
  String coodieRef() default "";
}
