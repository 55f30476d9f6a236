package io.coodie.spring.data.repository;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the parameter of a write method giving the write's timestamp, {@code USING TIMESTAMP}: an
 * {@link java.time.Instant} (truncated to microseconds) or a {@code long}/{@code Long} of microseconds since the
 * epoch. A null value writes with the server's (or driver's) own timestamp.
 *
 * <pre>{@code
 * void insertAt(Reading reading, @Timestamp Instant at);
 * boolean deleteBySensorAndAt(String sensor, Instant at, @Timestamp long micros);
 * }</pre>
 *
 * Applies to insert, save, update and delete methods (entity writes and derived {@code deleteBy...}); on a read it
 * fails at start-up naming the method. The parameter is not a query parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Timestamp {}
