package io.coodie.core.api.metadata;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;

/** One field of a {@link UdtMetadata}. Immutable. */
public interface UdtFieldMetadata {

  /**
   * The Java field or record component name.
   *
   * @return the property name
   */
  String propertyName();

  /**
   * The CQL field name.
   *
   * @return the name
   */
  CqlIdentifier name();

  /**
   * The CQL type declared by the mapping (collections and user types in it are frozen).
   *
   * @return the CQL type
   */
  DataType cqlType();

  /**
   * The generic Java type.
   *
   * @return the Java type
   */
  Type javaType();

  /**
   * The Java type with its type-use annotations.
   *
   * @return the annotated Java type
   */
  AnnotatedType annotatedType();

  /**
   * The position of this field in {@link UdtMetadata#fields()}.
   *
   * @return the index from 0
   */
  int index();
}
