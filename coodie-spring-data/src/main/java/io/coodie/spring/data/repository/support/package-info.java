/**
 * The implementation of coodie's Spring Data repositories: the factory and its bean, the configuration extension,
 * {@link io.coodie.spring.data.repository.support.SimpleCoodieRepository} for the CRUD methods, and the
 * query methods (derived through Spring Data's {@code PartTree}, {@code @Query}, entity writes).
 */
@NullMarked
package io.coodie.spring.data.repository.support;

import org.jspecify.annotations.NullMarked;
