/**
 * The entry point ({@link io.coodie.core.api.Coodie}), entity operations, batches and the exceptions coodie throws.
 */
@NullMarked
package io.coodie.core.api;

import org.jspecify.annotations.NullMarked;
