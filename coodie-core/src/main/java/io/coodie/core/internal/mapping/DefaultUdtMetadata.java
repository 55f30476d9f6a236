package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import io.coodie.core.api.metadata.UdtFieldMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import java.util.List;
import java.util.Optional;

record DefaultUdtMetadata<T>(
    Class<T> javaType,
    Optional<CqlIdentifier> keyspace,
    CqlIdentifier name,
    List<UdtFieldMetadata> fields,
    UserDefinedType dataType,
    List<UdtMetadata<?>> dependencies)
    implements UdtMetadata<T> {

  @Override
  public Optional<UdtFieldMetadata> fieldByName(CqlIdentifier name) {
    for (UdtFieldMetadata field : fields) {
      if (field.name().equals(name)) {
        return Optional.of(field);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "UdtMetadata(" + javaType.getName() + " -> " + dataType.asCql(false, true) + ")";
  }
}
