package io.coodie.core.internal.mapping;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.DataType;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.reflect.GenericType;
import java.nio.ByteBuffer;

/**
 * Decodes a null (or empty) value as {@code null} for codecs that reject it, such as the driver's vector codecs:
 * a vector column that was never written reads back as null instead of failing the whole row.
 */
final class NullSafeCodec<T> implements TypeCodec<T> {

  private final TypeCodec<T> delegate;

  NullSafeCodec(TypeCodec<T> delegate) {
    this.delegate = delegate;
  }

  @Override
  public GenericType<T> getJavaType() {
    return delegate.getJavaType();
  }

  @Override
  public DataType getCqlType() {
    return delegate.getCqlType();
  }

  @Override
  public boolean accepts(Object value) {
    return delegate.accepts(value);
  }

  @Override
  public ByteBuffer encode(T value, ProtocolVersion protocolVersion) {
    return value == null ? null : delegate.encode(value, protocolVersion);
  }

  @Override
  public T decode(ByteBuffer bytes, ProtocolVersion protocolVersion) {
    return bytes == null || bytes.remaining() == 0 ? null : delegate.decode(bytes, protocolVersion);
  }

  @Override
  public String format(T value) {
    return delegate.format(value);
  }

  @Override
  public T parse(String value) {
    return delegate.parse(value);
  }
}
