package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class or record as an entity stored in a Cassandra table.
 *
 * <p>Every non-static, non-{@code transient}, non-{@link Transient} field (or record component) is
 * mapped to a column, superclass fields first. A plain class needs a no-argument constructor (any
 * visibility) and non-final fields; a record is built through its canonical constructor.
 *
 * <pre>{@code
 * @Table(name = "products")
 * public record Product(@PartitionKey UUID id, String name, Set<String> tags) {}
 * }</pre>
 *
 * <p>In a polymorphic hierarchy (see {@link Discriminator}) only the base type carries
 * {@code @Table}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

  /**
   * The table name, verbatim (case-sensitive, unquoted). Empty means the snake_case form of the
   * simple class name: {@code OrderItem} becomes {@code order_item}.
   *
   * @return the table name, or empty for the default
   */
  String name() default "";

  /**
   * The keyspace, verbatim. Empty means the session's keyspace.
   *
   * @return the keyspace, or empty for the session's keyspace
   */
  String keyspace() default "";
}
