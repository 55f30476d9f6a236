package io.coodie.core.it.reliability;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A write-heavy fixture for the failover test. */
@Table(name = "failover_reading")
public record Reading(@PartitionKey int bucket, @ClusteringColumn int seq, String payload) {}
