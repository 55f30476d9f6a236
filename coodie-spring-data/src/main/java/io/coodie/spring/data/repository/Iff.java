package io.coodie.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes an update or delete conditional (a lightweight transaction, {@code IF ...}).
 *
 * <pre>{@code
 * @Iff("price = :expected")
 * boolean updatePrice(Product product, BigDecimal expected);     // false when the price was not `expected`
 *
 * @Iff("stock >= :needed AND status = :status")
 * void updateStock(Product product, int needed, String status);  // throws LwtException when not applied
 *
 * @Iff("version = :version")
 * boolean deleteBySku(String sku, long version);
 * }</pre>
 *
 * <p><b>Grammar.</b> One or more conditions joined by {@code AND} (any case): {@code property op :parameter}, where
 * {@code property} is the entity's Java property name, {@code op} one of {@code =}, {@code !=}, {@code <},
 * {@code <=}, {@code >}, {@code >=}, {@code IN} (a collection parameter), and {@code parameter} names a method
 * parameter ({@code @Param} or its compiled name). An unknown property or parameter, or a malformed condition, fails
 * at start-up naming the method. In a derived {@code deleteBy...} method, the condition's parameters come after the
 * parameters of the derived criteria.
 *
 * <p><b>Where.</b> On update methods ({@code update...(entity, ...)}), delete methods ({@code delete...(entity)},
 * {@code deleteById}) and derived deletes ({@code deleteBy...}). Not with {@link IfNotExists}.
 *
 * <p><b>Outcome</b>, by return type: {@code boolean} (or {@code CompletableFuture<Boolean>}) is whether the write
 * was applied; {@code void} (or {@code CompletableFuture<Void>}) and a method returning the entity throw
 * {@link io.coodie.core.api.LwtException} (a failed future) when it was not, carrying the current values.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Iff {

  /**
   * The conditions, for example {@code "price = :expected AND stock > :min"}.
   *
   * @return the conditions
   */
  String value();
}
