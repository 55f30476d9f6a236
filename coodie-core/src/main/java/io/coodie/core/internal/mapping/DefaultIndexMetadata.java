package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.mapping.IndexKind;
import io.coodie.core.api.mapping.IndexTarget;
import io.coodie.core.api.metadata.IndexMetadata;
import java.util.Map;

record DefaultIndexMetadata(
    CqlIdentifier name,
    CqlIdentifier column,
    IndexTarget target,
    String targetCql,
    IndexKind kind,
    Map<String, String> options)
    implements IndexMetadata {}
