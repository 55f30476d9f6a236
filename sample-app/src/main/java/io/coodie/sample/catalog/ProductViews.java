package io.coodie.sample.catalog;

import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/**
 * How often each product was viewed. Counters need a table of their own: besides the primary key it may hold only
 * counters, which are never written, only incremented.
 */
@Table(name = "product_views")
public record ProductViews(@PartitionKey String sku, @Counter Long views) {}
