package io.coodie.core.internal.mapping;

import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.PolymorphismMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

record DefaultPolymorphismMetadata(
    Class<?> baseType,
    ColumnMetadata discriminatorColumn,
    Optional<String> value,
    Map<String, Class<?>> subtypes,
    boolean isBase,
    List<String> assignableValues)
    implements PolymorphismMetadata {}
