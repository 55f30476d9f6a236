/**
 * Configuration of coodie repositories: {@link io.coodie.spring.data.repository.config.EnableCoodieRepositories},
 * its registrar and Spring Data's configuration extension for coodie (which repositories are coodie's in strict
 * multi-store mode, which factory bean creates them).
 */
@NullMarked
package io.coodie.spring.data.repository.config;

import org.jspecify.annotations.NullMarked;
