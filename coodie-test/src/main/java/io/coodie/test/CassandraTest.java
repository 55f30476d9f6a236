package io.coodie.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against the JVM-wide {@link SharedCassandra} and gives it a {@code CqlSession} on a fresh
 * keyspace of its own (created before the class, dropped after it).
 *
 * <pre>{@code
 * @CassandraTest
 * class ProductIT {
 *   @Test
 *   void roundTrip(CqlSession session) { ... }
 * }
 * }</pre>
 *
 * <p>Test constructors, lifecycle methods and test methods may declare parameters of type
 * {@code com.datastax.oss.driver.api.core.CqlSession}, {@link TestKeyspace} and {@link TestCassandra}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(CassandraExtension.class)
public @interface CassandraTest {}
