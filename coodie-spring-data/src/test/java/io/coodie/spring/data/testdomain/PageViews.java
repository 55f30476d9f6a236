package io.coodie.spring.data.testdomain;

import io.coodie.core.api.mapping.Counter;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;

/** A counter table. */
@Table(name = "page_views")
public record PageViews(@PartitionKey String url, @Counter Long views) {}
