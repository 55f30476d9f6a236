/**
 * Auditing of coodie entities: {@link io.coodie.spring.data.auditing.EnableCoodieAuditing} and the handler that
 * fills {@code @CreatedDate}, {@code @LastModifiedDate}, {@code @CreatedBy} and {@code @LastModifiedBy} properties
 * before repository writes.
 */
@NullMarked
package io.coodie.spring.data.auditing;

import org.jspecify.annotations.NullMarked;
