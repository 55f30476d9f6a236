/** Auto-configuration of coodie's Micrometer timers. */
package io.coodie.spring.boot.autoconfigure.metrics;
