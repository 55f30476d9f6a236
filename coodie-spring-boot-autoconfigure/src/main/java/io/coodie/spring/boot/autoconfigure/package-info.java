/**
 * Spring Boot auto-configuration for coodie: a Cassandra {@code CqlSession} configured from {@code coodie.*}
 * properties ({@link io.coodie.spring.boot.autoconfigure.CoodieProperties}), optional keyspace creation, and the
 * customizer hooks ({@link io.coodie.spring.boot.autoconfigure.CoodieSessionBuilderCustomizer},
 * {@link io.coodie.spring.boot.autoconfigure.CoodieDriverConfigLoaderBuilderCustomizer}).
 */
@NullMarked
package io.coodie.spring.boot.autoconfigure;

import org.jspecify.annotations.NullMarked;
