package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.mapping.Column;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;

/**
 * A mapped field or record component: its names, its declaration (for annotations) and its Java
 * type. Access handles live in {@link ClassModel}.
 */
final class Property {

  private final Class<?> declaringClass;
  private final String name;
  private final AnnotatedElement element;
  private final AnnotatedType annotatedType;
  private final CqlIdentifier columnName;

  Property(Class<?> declaringClass, String name, AnnotatedElement element, AnnotatedType type) {
    this.declaringClass = declaringClass;
    this.name = name;
    this.element = element;
    this.annotatedType = type;
    Column column = element.getAnnotation(Column.class);
    String cqlName =
        column == null || column.name().isEmpty() ? Naming.snakeCase(name) : column.name();
    this.columnName = CqlIdentifier.fromInternal(cqlName);
  }

  Class<?> declaringClass() {
    return declaringClass;
  }

  String name() {
    return name;
  }

  /** The field or record component, carrying the declaration annotations. */
  AnnotatedElement element() {
    return element;
  }

  AnnotatedType annotatedType() {
    return annotatedType;
  }

  Type genericType() {
    return annotatedType.getType();
  }

  Class<?> rawType() {
    return Types.raw(annotatedType.getType());
  }

  /** The CQL column (or UDT field) name: {@code @Column(name)} or the snake_case Java name. */
  CqlIdentifier columnName() {
    return columnName;
  }

  <A extends Annotation> A annotation(Class<A> type) {
    return element.getAnnotation(type);
  }

  boolean has(Class<? extends Annotation> type) {
    return element.isAnnotationPresent(type);
  }

  /** {@code io.acme.Product.tags}, the prefix of every error message about this property. */
  String location() {
    return declaringClass.getName() + "." + name;
  }

  @Override
  public String toString() {
    return location();
  }
}
