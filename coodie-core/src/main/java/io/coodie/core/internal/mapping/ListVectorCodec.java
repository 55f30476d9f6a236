package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.data.CqlVector;
import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.util.ArrayList;
import java.util.List;

/** A {@code List<Float>} (or other element list) to and from a CQL {@code vector}. */
final class ListVectorCodec extends MappingCodec<CqlVector<Object>, Object> {

  ListVectorCodec(TypeCodec<CqlVector<Object>> inner) {
    super(inner, GenericType.of(Object.class));
  }

  @Override
  protected Object innerToOuter(CqlVector<Object> vector) {
    if (vector == null) {
      return null;
    }
    List<Object> list = new ArrayList<>(vector.size());
    vector.forEach(list::add);
    return list;
  }

  @Override
  protected CqlVector<Object> outerToInner(Object list) {
    if (list == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    List<Object> elements = (List<Object>) list;
    return CqlVector.newInstance(elements);
  }
}
