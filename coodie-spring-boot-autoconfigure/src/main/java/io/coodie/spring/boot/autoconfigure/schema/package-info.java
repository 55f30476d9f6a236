/**
 * Schema synchronisation at start-up: {@link io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaSynchronizer}
 * applies {@code coodie.schema.action} to the {@code @Table} classes that
 * {@link io.coodie.spring.boot.autoconfigure.schema.CoodieEntityScanner} finds, before any {@code Coodie} bean or
 * repository is created.
 */
@NullMarked
package io.coodie.spring.boot.autoconfigure.schema;

import org.jspecify.annotations.NullMarked;
