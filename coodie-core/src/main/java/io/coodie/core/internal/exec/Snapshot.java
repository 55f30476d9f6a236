package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * What the database holds for one entity, as far as coodie knows: the serialized value of each column it read or
 * wrote ({@link #known}), with the codec to compare the entity's current values against it. Comparing serialized
 * forms also catches in-place changes to mutable values (lists, UDT objects, arrays).
 *
 * <p>Compact, because one is kept per tracked entity and outlives it until the change tracker sweeps: the values
 * are copied into one byte array (never a view of the driver's response frame, which would keep the whole frame
 * alive), each preceded by its length in one byte ({@value #NULL} for null or unknown, {@value #LONG} followed by
 * four bytes for 253 bytes or more). The {@code known} and {@code codecs} arrays may be shared with a statement shape
 * and are never modified; {@link #toBuilder()} copies what it changes.
 */
final class Snapshot {

  private static final int NULL = 0xFF;
  private static final int LONG = 0xFE;

  /** Each column's length header and bytes, in column order. */
  private final byte[] data;
  private final boolean[] known;
  private final TypeCodec<Object>[] codecs;

  private Snapshot(byte[] data, boolean[] known, TypeCodec<Object>[] codecs) {
    this.data = data;
    this.known = known;
    this.codecs = codecs;
  }

  /**
   * A snapshot of {@code bytes} (serialized values by entity column index, null for a null value) for the
   * {@code known} columns, compared with {@code codecs}. The buffers are copied; the arrays are kept.
   */
  static Snapshot of(ByteBuffer[] bytes, boolean[] known, TypeCodec<Object>[] codecs) {
    int total = 0;
    for (int i = 0; i < bytes.length; i++) {
      ByteBuffer value = known[i] ? bytes[i] : null;
      total += value == null ? 1 : header(value.remaining()) + value.remaining();
    }
    byte[] data = new byte[total];
    int offset = 0;
    for (int i = 0; i < bytes.length; i++) {
      ByteBuffer value = known[i] ? bytes[i] : null;
      if (value == null) {
        data[offset++] = (byte) NULL;
        continue;
      }
      int length = value.remaining();
      if (length < LONG) {
        data[offset++] = (byte) length;
      } else {
        data[offset++] = (byte) LONG;
        ByteBuffer.wrap(data, offset, 4).putInt(length);
        offset += 4;
      }
      value.get(value.position(), data, offset, length);
      offset += length;
    }
    return new Snapshot(data, known, codecs);
  }

  private static int header(int length) {
    return length < LONG ? 1 : 5;
  }

  /** A builder for an entity with {@code columns} columns, none of them known yet. */
  @SuppressWarnings("unchecked")
  static Builder builder(int columns) {
    return new Builder(new ByteBuffer[columns], new boolean[columns], new TypeCodec[columns]);
  }

  /** Whether the database value of {@code column} is known. */
  boolean known(int column) {
    return known[column];
  }

  /** The codec of a known column (null if it is not known). */
  TypeCodec<Object> codec(int column) {
    return codecs[column];
  }

  /** Whether {@code current} serializes to something other than the known value of {@code column}. */
  boolean differs(int column, Object current, ProtocolVersion version) {
    ByteBuffer encoded = current == null ? null : codecs[column].encode(current, version);
    ByteBuffer stored = raw(column);
    return encoded == null || stored == null ? encoded != stored : !encoded.equals(stored);
  }

  /** The known value of {@code column}, decoded again (a fresh copy). */
  Object decode(int column, ProtocolVersion version) {
    return codecs[column].decode(raw(column), version);
  }

  /** A builder starting from this snapshot's values, to record new ones in. */
  Builder toBuilder() {
    ByteBuffer[] bytes = new ByteBuffer[known.length];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = raw(i);
    }
    return new Builder(bytes, known.clone(), codecs.clone());
  }

  /** The serialized value of {@code column}, null if it is null or unknown. */
  private ByteBuffer raw(int column) {
    int offset = 0;
    for (int i = 0; ; i++) {
      int header = data[offset] & 0xFF;
      int length = header == NULL ? 0 : header == LONG ? ByteBuffer.wrap(data, offset + 1, 4).getInt() : header;
      int start = offset + (header == LONG ? 5 : 1);
      if (i == column) {
        return header == NULL ? null : ByteBuffer.wrap(data, start, length).slice();
      }
      offset = start + length;
    }
  }

  /** Collects column values, then compacts them into a {@link Snapshot}. */
  static final class Builder {
    private final ByteBuffer[] bytes;
    private final boolean[] known;
    private final TypeCodec<Object>[] codecs;

    private Builder(ByteBuffer[] bytes, boolean[] known, TypeCodec<Object>[] codecs) {
      this.bytes = bytes;
      this.known = known;
      this.codecs = codecs;
    }

    /** Records that {@code column} is known to hold {@code current}, serialized with {@code codec}. */
    Builder record(int column, Object current, TypeCodec<Object> codec, ProtocolVersion version) {
      bytes[column] = current == null ? null : codec.encode(current, version);
      known[column] = true;
      codecs[column] = codec;
      return this;
    }

    /** The codec recorded for {@code column}, or null. */
    TypeCodec<Object> codec(int column) {
      return codecs[column];
    }

    Snapshot build() {
      return Snapshot.of(bytes, known, codecs);
    }
  }
}
