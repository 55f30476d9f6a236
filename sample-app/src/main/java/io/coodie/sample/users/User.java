package io.coodie.sample.users;

import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import java.time.Instant;

/** A customer account, keyed by its username. */
@Table(name = "users")
public record User(@PartitionKey String username, String email, String displayName, Instant createdAt) {}
