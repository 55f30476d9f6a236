package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import io.coodie.core.api.metadata.UdtFieldMetadata;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;

record DefaultUdtFieldMetadata(
    String propertyName,
    CqlIdentifier name,
    DataType cqlType,
    Type javaType,
    AnnotatedType annotatedType,
    int index)
    implements UdtFieldMetadata {}
