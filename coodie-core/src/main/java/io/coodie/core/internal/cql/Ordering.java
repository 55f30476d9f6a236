package io.coodie.core.internal.cql;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.metadata.schema.ClusteringOrder;

/**
 * One {@code ORDER BY} term.
 *
 * @param column a clustering column
 * @param order ascending or descending
 */
public record Ordering(CqlIdentifier column, ClusteringOrder order) {}
