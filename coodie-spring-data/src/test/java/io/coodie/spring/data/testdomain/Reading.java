package io.coodie.spring.data.testdomain;

import io.coodie.core.api.mapping.ClusteringColumn;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import java.time.Instant;

/** A sensor reading: a partition per sensor, readings in time order. */
@Table(name = "readings")
public record Reading(@PartitionKey String sensor, @ClusteringColumn Instant at, Double value, String note) {}
