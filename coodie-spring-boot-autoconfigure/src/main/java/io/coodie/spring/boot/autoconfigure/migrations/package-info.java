/** Auto-configuration of coodie-migrations: versioned schema and data migrations run at start-up. */
@NullMarked
package io.coodie.spring.boot.autoconfigure.migrations;

import org.jspecify.annotations.NullMarked;
