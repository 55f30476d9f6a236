/**
 * The reactive API: Reactor {@code Mono}s and {@code Flux}es over the same operations, change tracking, options and
 * checks as the synchronous and asynchronous API, from {@link io.coodie.core.api.Coodie#reactive()}. Needs
 * {@code io.projectreactor:reactor-core} on the classpath (an optional dependency of coodie-core): nothing outside
 * this package and {@code io.coodie.core.internal.reactive} refers to Reactor, so an application without it never
 * loads it.
 */
@NullMarked
package io.coodie.core.api.reactive;

import org.jspecify.annotations.NullMarked;
