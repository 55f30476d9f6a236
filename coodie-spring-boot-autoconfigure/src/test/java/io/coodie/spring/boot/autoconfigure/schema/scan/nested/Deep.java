package io.coodie.spring.boot.autoconfigure.schema.scan.nested;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** An entity in a sub-package. */
@Table
public record Deep(@PartitionKey String id) {}
