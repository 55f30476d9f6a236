package io.coodie.spring.data.testdomain;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A token whose repository re-declares CRUD methods with options. */
@Table(name = "tokens")
public record Token(@PartitionKey String id, String owner) {}
