package io.coodie.spring.boot.autoconfigure.slice;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A coodie entity. */
@Table(name = "gadgets")
public record Gadget(@PartitionKey String sku, String name) {}
