package io.coodie.core.api.metadata;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import io.coodie.core.api.mapping.ClusteringOrder;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.List;

/** One column of an {@link EntityMetadata}. Immutable. */
public interface ColumnMetadata {

  /**
   * The Java field or record component name; for the discriminator column, its column name.
   *
   * @return the property name
   */
  String propertyName();

  /**
   * The column name. {@code name().asCql(true)} quotes it when CQL requires (reserved words, mixed
   * case).
   *
   * @return the column name
   */
  CqlIdentifier name();

  /**
   * The CQL type declared by the mapping, e.g. {@code frozen<list<text>>}. User types in it have
   * no keyspace unless {@code @UserDefinedType(keyspace)} sets one, so they render as {@code
   * frozen<address>}.
   *
   * @return the CQL type
   */
  DataType cqlType();

  /**
   * The generic Java type of the property, e.g. {@code List<String>}.
   *
   * @return the Java type
   */
  Type javaType();

  /**
   * The Java type with its type-use annotations ({@code @Frozen}, {@code @Ascii}, ...).
   *
   * @return the annotated Java type
   */
  AnnotatedType annotatedType();

  /**
   * The role of the column.
   *
   * @return the kind
   */
  ColumnKind kind();

  /**
   * The position within the partition key or the clustering columns.
   *
   * @return the position from 0, or -1 for a non-key column
   */
  int position();

  /**
   * The clustering order; meaningful only for a {@link ColumnKind#CLUSTERING} column.
   *
   * @return the order, {@code ASC} for non-clustering columns
   */
  ClusteringOrder clusteringOrder();

  /**
   * Whether the column is a {@code counter}.
   *
   * @return true for a counter
   */
  boolean isCounter();

  /**
   * Whether the column is a list, set or map (frozen or not).
   *
   * @return true for a collection
   */
  boolean isCollection();

  /**
   * Whether this is the synthetic discriminator column of a polymorphic hierarchy (no Java
   * property backs it; the mapper writes the type's discriminator value).
   *
   * @return true for the discriminator
   */
  boolean isDiscriminator();

  /**
   * The indexes declared on this column.
   *
   * @return the indexes, possibly empty
   */
  List<IndexMetadata> indexes();

  /**
   * The position of this column in {@link EntityMetadata#columns()}.
   *
   * @return the index from 0
   */
  int index();
}
