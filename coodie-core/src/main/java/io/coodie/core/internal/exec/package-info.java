/**
 * Internal: statement execution, change tracking and the prepared statement cache. Not API.
 */
@NullMarked
package io.coodie.core.internal.exec;

import org.jspecify.annotations.NullMarked;
