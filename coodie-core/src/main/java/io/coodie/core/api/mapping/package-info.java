/**
 * The mapping annotations: tables, keys, columns, indexes, user-defined types and polymorphism.
 */
@NullMarked
package io.coodie.core.api.mapping;

import org.jspecify.annotations.NullMarked;
