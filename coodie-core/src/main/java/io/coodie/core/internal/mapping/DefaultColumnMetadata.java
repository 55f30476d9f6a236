package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.DataType;
import io.coodie.core.api.mapping.ClusteringOrder;
import io.coodie.core.api.metadata.ColumnKind;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.IndexMetadata;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Type;
import java.util.List;

record DefaultColumnMetadata(
    String propertyName,
    CqlIdentifier name,
    DataType cqlType,
    Type javaType,
    AnnotatedType annotatedType,
    ColumnKind kind,
    int position,
    ClusteringOrder clusteringOrder,
    boolean isCounter,
    boolean isCollection,
    boolean isDiscriminator,
    List<IndexMetadata> indexes,
    int index)
    implements ColumnMetadata {

  @Override
  public String toString() {
    return name.asCql(true) + " " + cqlType.asCql(true, true) + " (" + kind + ")";
  }
}
