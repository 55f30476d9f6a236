/**
 * How coodie-spring-data treats Spring Data's mapping and auditing annotations on coodie entities: each one either
 * works as in Spring Data ({@code @Transient}, {@code @Version}, the auditing annotations with
 * {@code @EnableCoodieAuditing}) or fails start-up naming the class, the property and the annotation
 * ({@link io.coodie.spring.data.mapping.UnsupportedMappingAnnotationException}). None is ignored.
 */
@NullMarked
package io.coodie.spring.data.mapping;

import org.jspecify.annotations.NullMarked;
