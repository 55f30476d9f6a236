package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.data.UdtValue;
import com.datastax.oss.driver.api.core.type.UserDefinedType;
import com.datastax.oss.driver.api.core.type.codec.MappingCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import io.coodie.core.api.MappingException;
import io.coodie.core.api.metadata.UdtFieldMetadata;
import io.coodie.core.api.metadata.UdtMetadata;
import java.util.List;

/**
 * A user-type class or record to and from a {@link UdtValue} of the live type, field by field
 * matched by name. Live fields the class lacks are ignored on read and left null on write.
 */
final class ObjectUdtCodec extends MappingCodec<UdtValue, Object> {

  private final UserDefinedType liveType;
  private final ClassModel model;
  private final int[] liveIndex;
  private final int[] identity;
  private final TypeCodec<Object>[] codecs;

  @SuppressWarnings({"unchecked", "rawtypes"})
  ObjectUdtCodec(
      TypeCodec<UdtValue> inner,
      UserDefinedType liveType,
      UdtMetadata<?> metadata,
      CodecFactory factory) {
    super(inner, GenericType.of((Class<Object>) metadata.javaType()));
    this.liveType = liveType;
    this.model = MappingCache.model(metadata.javaType());
    List<UdtFieldMetadata> fields = metadata.fields();
    this.liveIndex = new int[fields.size()];
    this.identity = new int[fields.size()];
    this.codecs = new TypeCodec[fields.size()];
    for (UdtFieldMetadata field : fields) {
      int i = field.index();
      int live = liveType.firstIndexOf(field.name());
      if (live < 0) {
        throw new MappingException(
            metadata.javaType().getName()
                + "."
                + field.propertyName()
                + ": user type "
                + liveType.getName().asCql(true)
                + " in the database has no field "
                + field.name().asCql(true)
                + " (it has "
                + liveType.getFieldNames()
                + "); sync the schema (ALTER TYPE ... ADD) or mark the property @Transient");
      }
      liveIndex[i] = live;
      identity[i] = i;
      codecs[i] = factory.codecFor(liveType.getFieldTypes().get(live), field.javaType());
    }
  }

  @Override
  protected Object innerToOuter(UdtValue value) {
    if (value == null) {
      return null;
    }
    Object[] fields = new Object[codecs.length];
    for (int i = 0; i < codecs.length; i++) {
      fields[i] = value.get(liveIndex[i], codecs[i]);
    }
    return model.instantiate(fields, identity);
  }

  @Override
  protected UdtValue outerToInner(Object object) {
    if (object == null) {
      return null;
    }
    UdtValue value = liveType.newValue();
    for (int i = 0; i < codecs.length; i++) {
      value = value.set(liveIndex[i], model.get(object, i), codecs[i]);
    }
    return value;
  }
}
