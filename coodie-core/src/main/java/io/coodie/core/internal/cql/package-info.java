/**
 * Internal: statement specifications and their CQL rendering. Not API.
 */
@NullMarked
package io.coodie.core.internal.cql;

import org.jspecify.annotations.NullMarked;
