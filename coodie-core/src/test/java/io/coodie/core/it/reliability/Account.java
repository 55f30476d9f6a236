package io.coodie.core.it.reliability;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A row updated under optimistic concurrency control: {@code version} is the LWT condition. */
@Table
public record Account(@PartitionKey String id, Integer version, Long balance) {}
