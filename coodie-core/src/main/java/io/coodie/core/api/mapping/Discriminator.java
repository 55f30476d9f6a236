package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stores a hierarchy of entity types in one table. Goes on the {@link Table} base type (a class or
 * interface); each concrete type carries a {@link DiscriminatorValue}, written to a {@code text}
 * column that selects the Java type when a row is read.
 *
 * <p>The subtypes are the {@code permits} list of a {@code sealed} base (searched recursively), or
 * else those listed by {@link Subtypes}. The table holds the union of all their columns; the
 * discriminator column is managed by the mapper and must not be a property.
 *
 * <pre>{@code
 * @Table @Discriminator(column = "kind")
 * public abstract sealed class Product permits Book, Shirt { @PartitionKey UUID id; }
 * @DiscriminatorValue("book") public final class Book extends Product { String isbn; }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Discriminator {

  /**
   * The discriminator column name, verbatim.
   *
   * @return the column name
   */
  String column() default "type";
}
