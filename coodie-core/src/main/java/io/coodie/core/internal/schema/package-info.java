/**
 * Internal: schema planning, DDL rendering and synchronisation. Not API.
 */
@NullMarked
package io.coodie.core.internal.schema;

import org.jspecify.annotations.NullMarked;
