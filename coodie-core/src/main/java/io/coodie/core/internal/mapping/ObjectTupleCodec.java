package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.data.TupleValue;
import com.datastax.oss.driver.api.core.type.TupleType;
import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import io.coodie.core.api.MappingException;
import java.util.List;

/** A {@code @CqlTuple} record to and from a {@link TupleValue}, component by position. */
final class ObjectTupleCodec extends MappingCodec<TupleValue, Object> {

  private final TupleType liveType;
  private final ClassModel model;
  private final int[] identity;
  private final TypeCodec<Object>[] codecs;

  @SuppressWarnings({"unchecked", "rawtypes"})
  ObjectTupleCodec(
      TypeCodec<TupleValue> inner, TupleType liveType, TupleModel tuple, CodecFactory factory) {
    super(inner, GenericType.of((Class<Object>) tuple.model().type()));
    this.liveType = liveType;
    this.model = tuple.model();
    List<Property> components = model.properties();
    if (components.size() != liveType.getComponentTypes().size()) {
      throw new MappingException(
          model.type().getName()
              + ": @CqlTuple record has "
              + components.size()
              + " components but the live type "
              + liveType.asCql(true, true)
              + " has "
              + liveType.getComponentTypes().size()
              + "; sync the schema or fix the record");
    }
    this.identity = new int[components.size()];
    this.codecs = new TypeCodec[components.size()];
    for (int i = 0; i < codecs.length; i++) {
      identity[i] = i;
      codecs[i] =
          factory.codecFor(liveType.getComponentTypes().get(i), components.get(i).genericType());
    }
  }

  @Override
  protected Object innerToOuter(TupleValue value) {
    if (value == null) {
      return null;
    }
    Object[] components = new Object[codecs.length];
    for (int i = 0; i < codecs.length; i++) {
      components[i] = value.get(i, codecs[i]);
    }
    return model.instantiate(components, identity);
  }

  @Override
  protected TupleValue outerToInner(Object object) {
    if (object == null) {
      return null;
    }
    TupleValue value = liveType.newValue();
    for (int i = 0; i < codecs.length; i++) {
      value = value.set(i, model.get(object, i), codecs[i]);
    }
    return value;
  }
}
