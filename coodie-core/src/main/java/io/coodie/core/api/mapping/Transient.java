package io.coodie.core.api.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Excludes a field or record component from the mapping. Fields with the Java {@code transient}
 * modifier are excluded too. A transient record component receives {@code null} (zero for a
 * primitive) when the record is read from the database.
 *
 * <p>Spring Data's {@code @org.springframework.data.annotation.Transient} (on the field, component or accessor) and
 * {@code java.beans.Transient} (on the accessor: a record's, or a class's {@code getX()}/{@code isX()}) exclude a
 * property too; coodie-core recognises them by name and needs neither library.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface Transient {}
