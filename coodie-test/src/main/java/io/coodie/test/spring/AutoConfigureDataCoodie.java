package io.coodie.test.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;

/**
 * Imports the auto-configuration of a coodie data test: Spring Boot's SSL and Cassandra session, and coodie's
 * properties, keyspace creation, {@code Coodie} bean, schema synchronisation and repositories (listed in
 * {@code META-INF/spring/io.coodie.test.spring.AutoConfigureDataCoodie.imports}). Used by {@link DataCoodieTest}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ImportAutoConfiguration
public @interface AutoConfigureDataCoodie {
}
