/**
 * Internal: the node's process, files, ports and class path. Not API.
 */
@NullMarked
package io.coodie.test.internal;

import org.jspecify.annotations.NullMarked;
