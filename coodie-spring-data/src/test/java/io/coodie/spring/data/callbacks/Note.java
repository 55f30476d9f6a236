package io.coodie.spring.data.callbacks;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** An entity whose repository is created with entity callback beans around. */
@Table
public record Note(@PartitionKey String id, String text) {}
