package io.coodie.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.data.annotation.QueryAnnotation;

/**
 * A repository method that runs the given CQL instead of a query derived from its name.
 *
 * <pre>{@code
 * @Query("SELECT * FROM products WHERE category = :category AND price < :max ALLOW FILTERING")
 * List<Product> cheaperIn(String category, BigDecimal max);
 *
 * @Query("SELECT * FROM products WHERE attributes CONTAINS KEY ?0")
 * List<Product> withAttribute(String key);
 *
 * @Query("SELECT count(*) FROM products WHERE category = ?")
 * long countIn(String category);
 * }</pre>
 *
 * <p><b>Parameters.</b> Either named, {@code :name}, bound to the parameter of that name ({@code @Param("name")} or
 * the compiled parameter name with {@code -parameters}, which Spring Boot's build plugins set); or positional,
 * {@code ?0}, {@code ?1} (zero-based index of the method parameter) or plain {@code ?} (the parameters in order). One
 * query uses one style. Markers inside string literals, quoted identifiers and comments are left alone. Values are
 * bound (never concatenated) with the session's codecs, so use driver types ({@code String}, {@code UUID},
 * {@code Instant}, collections, ...).
 *
 * <p><b>Results.</b> A {@code SELECT} returning rows is mapped to the repository's entity by column name, with the
 * entity's own codecs (user types, enums, tuples), as {@code T}, {@code Optional<T>}, {@code List<T>},
 * {@code Stream<T>}, {@code Slice<T>} (with a {@code Pageable} parameter; see {@code CoodiePageRequest}) or a
 * {@code CompletableFuture} of one of those. A single-column {@code SELECT count(*) ...} may return {@code long},
 * {@code Long}, {@code int} or {@code Integer}. Any other statement ({@code UPDATE}, {@code DELETE},
 * {@code INSERT}) returns {@code void}, or {@code boolean}: whether it was applied, for a conditional
 * ({@code IF ...}) statement.
 *
 * <p>Derived query keywords have no {@code CONTAINS KEY}; use this annotation for it, as in the second example. On a
 * re-declared method of {@link CoodieRepository} (say {@code findAll()}), the annotation replaces the inherited
 * implementation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@QueryAnnotation
public @interface Query {

  /**
   * The CQL statement, with {@code :name} or {@code ?0}/{@code ?} markers.
   *
   * @return the statement
   */
  String value();
}
