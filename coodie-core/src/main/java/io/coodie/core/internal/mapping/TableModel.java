package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything about one table that all types of its hierarchy share.
 *
 * @param discriminator the discriminator column, or null for a plain entity
 */
record TableModel(
    Hierarchy hierarchy,
    Optional<CqlIdentifier> keyspace,
    CqlIdentifier table,
    List<ColumnMetadata> columns,
    List<ColumnMetadata> partitionKey,
    List<ColumnMetadata> clusteringColumns,
    List<ColumnMetadata> primaryKey,
    List<ColumnMetadata> regularColumns,
    Map<String, ColumnMetadata> byProperty,
    Map<CqlIdentifier, ColumnMetadata> byName,
    boolean counterTable,
    Map<String, String> options,
    List<IndexMetadata> indexes,
    List<UdtMetadata<?>> userTypes,
    ColumnMetadata discriminator) {}
