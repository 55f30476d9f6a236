package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.DataTypes;
import com.datastax.oss.driver.api.core.type.TupleType;
import io.coodie.core.api.MappingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A {@code @CqlTuple} record: its components map positionally to a frozen CQL tuple. */
record TupleModel(ClassModel model, TupleType dataType, Set<Class<?>> userTypes) {

  static TupleModel scan(Class<?> type) {
    if (!type.isRecord()) {
      throw new MappingException(
          type.getName() + ": @CqlTuple applies to records only; make it a record");
    }
    ClassModel model = MappingCache.model(type);
    if (model.properties().size() != type.getRecordComponents().length) {
      throw new MappingException(
          type.getName() + ": a @CqlTuple record cannot have @Transient components; remove them");
    }
    if (model.properties().isEmpty()) {
      throw new MappingException(type.getName() + ": a @CqlTuple record needs components");
    }
    List<DataType> components = new ArrayList<>();
    Set<Class<?>> userTypes = new LinkedHashSet<>();
    for (Property property : model.properties()) {
      CqlTypeResolver resolver = new CqlTypeResolver(property.location());
      components.add(resolver.resolve(property.annotatedType(), property.element(), true));
      userTypes.addAll(resolver.userTypes());
    }
    return new TupleModel(
        model, DataTypes.tupleOf(components.toArray(DataType[]::new)), Collections.unmodifiableSet(userTypes));
  }
}
