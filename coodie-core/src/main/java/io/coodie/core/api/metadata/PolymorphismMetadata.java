package io.coodie.core.api.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Single-table polymorphism of an entity hierarchy declared with {@code @Discriminator}. Shared by
 * every type of the hierarchy, except {@link #value()}, {@link #isBase()} and {@link
 * #assignableValues()}, which describe the type the metadata was obtained for. Immutable.
 */
public interface PolymorphismMetadata {

  /**
   * The {@code @Table} base type of the hierarchy.
   *
   * @return the base type
   */
  Class<?> baseType();

  /**
   * The discriminator column (CQL {@code text}, not backed by a Java property).
   *
   * @return the column
   */
  ColumnMetadata discriminatorColumn();

  /**
   * The discriminator value of this type.
   *
   * @return the value, or empty if this type is abstract or an interface
   */
  Optional<String> value();

  /**
   * Every concrete type of the hierarchy by discriminator value, in discovery order.
   *
   * @return value to class
   */
  Map<String, Class<?>> subtypes();

  /**
   * Whether this metadata was obtained for the base type.
   *
   * @return true for the base
   */
  boolean isBase();

  /**
   * The values of this type and its subtypes: a query on a subtype should add {@code discriminator
   * IN assignableValues()}; a query on the base needs no filter.
   *
   * @return the values whose class is assignable to this type
   */
  List<String> assignableValues();
}
