/**
 * The query and write builders: {@link io.coodie.core.api.query.Query}, {@link io.coodie.core.api.query.Update}, {@link io.coodie.core.api.query.Delete} and their options.
 */
@NullMarked
package io.coodie.core.api.query;

import org.jspecify.annotations.NullMarked;
