package io.coodie.spring.boot.autoconfigure.sdc;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A coodie entity. */
@Table(name = "coodie_items")
public record Item(@PartitionKey String id, String name) {}
