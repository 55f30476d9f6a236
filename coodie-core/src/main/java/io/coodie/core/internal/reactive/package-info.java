/**
 * Internal: the reactive API on Reactor, over the asynchronous machinery of {@code io.coodie.core.internal.exec}.
 * The only internal package that refers to Reactor. Not API.
 */
@NullMarked
package io.coodie.core.internal.reactive;

import org.jspecify.annotations.NullMarked;
