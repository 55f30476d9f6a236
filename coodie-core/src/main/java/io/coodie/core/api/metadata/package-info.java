/**
 * Read-only metadata of mapped entities: tables, columns, keys and indexes.
 */
@NullMarked
package io.coodie.core.api.metadata;

import org.jspecify.annotations.NullMarked;
