/**
 * Spring's data access conventions for coodie: {@link io.coodie.spring.data.core.CoodieExceptionTranslator} maps the
 * driver's and coodie-core's exceptions to Spring's {@code DataAccessException} hierarchy.
 */
@NullMarked
package io.coodie.spring.data.core;

import org.jspecify.annotations.NullMarked;
