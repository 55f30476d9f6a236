package io.coodie.spring.boot.autoconfigure.schema.scan;

import io.coodie.core.api.mapping.Table;

/** An interface base of a polymorphic hierarchy. */
@Table
public interface Animal {
}
