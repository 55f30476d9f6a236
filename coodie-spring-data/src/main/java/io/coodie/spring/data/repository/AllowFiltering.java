package io.coodie.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a derived query method filter on columns that are neither key columns nor indexed ({@code ALLOW FILTERING}):
 * the server then scans partitions and filters them, which can be slow on large tables.
 *
 * <p>Without it, a derived query that needs filtering fails at start-up with a message naming the method and the
 * column, so full scans are always an explicit choice:
 *
 * <pre>{@code
 * @AllowFiltering
 * List<Product> findByCategoryAndPriceLessThan(String category, BigDecimal max);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AllowFiltering {}
