/** Actuator health indicator for coodie's Cassandra session. */
@NullMarked
package io.coodie.spring.boot.autoconfigure.health;

import org.jspecify.annotations.NullMarked;
