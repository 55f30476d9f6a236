/**
 * Operation metrics: the {@link io.coodie.core.api.metrics.OperationListener} hook told the duration and outcome
 * of every coodie operation, and {@link io.coodie.core.api.metrics.MicrometerOperationListener}, which records
 * them as Micrometer timers.
 */
@NullMarked
package io.coodie.core.api.metrics;

import org.jspecify.annotations.NullMarked;
