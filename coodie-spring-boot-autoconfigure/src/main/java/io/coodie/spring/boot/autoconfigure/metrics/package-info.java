/** Auto-configuration of coodie's Micrometer timers. */
@NullMarked
package io.coodie.spring.boot.autoconfigure.metrics;

import org.jspecify.annotations.NullMarked;
