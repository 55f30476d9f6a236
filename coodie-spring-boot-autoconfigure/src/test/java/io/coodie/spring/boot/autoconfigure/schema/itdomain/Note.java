package io.coodie.spring.boot.autoconfigure.schema.itdomain;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** The one entity of the schema synchronisation tests. */
@Table(name = "notes")
public record Note(@PartitionKey String id, String text) {}
