/**
 * Internal: entity mapping, codecs and naming. Not API.
 */
@NullMarked
package io.coodie.core.internal.mapping;

import org.jspecify.annotations.NullMarked;
