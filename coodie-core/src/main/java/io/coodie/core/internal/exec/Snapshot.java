package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import java.nio.ByteBuffer;

/**
 * What coodie last saw of one entity, per column, serialized: for a column it read or wrote, the value the row holds
 * ({@link #known}); for a column it did not read (a partial load) or left unset (a null on insert), the value the
 * entity held then, its <em>baseline</em>, so that a later save can tell whether the application changed it. A
 * column can also be {@link #dirty}: its value is uncertain (two concurrent writes of one instance raced on it), so
 * the next save writes it whatever it holds. Comparing serialized forms also catches in-place changes to mutable
 * values (lists, UDT objects, arrays).
 *
 * <p>Compact, because one is kept per tracked entity and outlives it until the change tracker sweeps: the values
 * are copied into one byte array (never a view of the driver's response frame, which would keep the whole frame
 * alive), each preceded by its length in one byte ({@value #NULL} for null, {@value #DIRTY} for dirty,
 * {@value #LONG} followed by four bytes for 253 bytes or more). The {@code known} and {@code codecs} arrays may be
 * shared with a statement shape and are never modified; {@link #toBuilder()} copies what it changes.
 */
final class Snapshot implements io.coodie.core.api.mapping.TrackingState {

  private static final int NULL = 0xFF;
  private static final int LONG = 0xFE;
  private static final int DIRTY = 0xFD;
  /** Stands for a dirty column's value in a builder. */
  private static final ByteBuffer DIRTY_VALUE = ByteBuffer.allocate(0).asReadOnlyBuffer();

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
   * A snapshot of {@code bytes} (serialized values by entity column index, null for a null value): the row's values
   * of the {@code known} columns and the baselines of the others, compared with {@code codecs}. The buffers are
   * copied; the arrays are kept.
   */
  static Snapshot of(ByteBuffer[] bytes, boolean[] known, TypeCodec<Object>[] codecs) {
    int total = 0;
    for (ByteBuffer value : bytes) {
      total += value == null || value == DIRTY_VALUE ? 1 : headerSize(value.remaining()) + value.remaining();
    }
    byte[] data = new byte[total];
    int offset = 0;
    for (ByteBuffer value : bytes) {
      if (value == null || value == DIRTY_VALUE) {
        data[offset++] = (byte) (value == null ? NULL : DIRTY);
        continue;
      }
      int length = value.remaining();
      if (length < DIRTY) {
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

  private static int headerSize(int length) {
    return length < DIRTY ? 1 : 5;
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

  /** Whether the value of {@code column} is uncertain, so the next save must write it. */
  boolean dirty(int column) {
    return header(column) == DIRTY;
  }

  /** The codec of a known column (null if it is not known). */
  TypeCodec<Object> codec(int column) {
    return codecs[column];
  }

  /**
   * Whether {@code current} serializes to something other than the recorded value (or baseline) of {@code column};
   * always true for a dirty column.
   */
  boolean differs(int column, Object current, ProtocolVersion version) {
    return differsFrom(column, current == null ? null : codecs[column].encode(current, version));
  }

  /** Whether {@code encoded} (null for null) differs from the recorded value of {@code column}. */
  boolean differsFrom(int column, ByteBuffer encoded) {
    if (dirty(column)) {
      return true;
    }
    ByteBuffer stored = raw(column);
    return encoded == null || stored == null ? encoded != stored : !encoded.equals(stored);
  }

  /** Whether this snapshot and {@code other} record the same state (value, known or not, dirty) of {@code column}. */
  boolean sameAs(Snapshot other, int column) {
    if (known[column] != other.known[column] || dirty(column) != other.dirty(column)) {
      return false;
    }
    ByteBuffer mine = raw(column);
    ByteBuffer theirs = other.raw(column);
    return mine == null || theirs == null ? mine == theirs : mine.equals(theirs);
  }

  /** The recorded value of {@code column}, decoded again (a fresh copy). */
  Object decode(int column, ProtocolVersion version) {
    return codecs[column].decode(raw(column), version);
  }

  /** A builder starting from this snapshot's values, to record new ones in. */
  Builder toBuilder() {
    ByteBuffer[] bytes = new ByteBuffer[known.length];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = dirty(i) ? DIRTY_VALUE : raw(i);
    }
    return new Builder(bytes, known.clone(), codecs.clone());
  }

  /** The serialized value of {@code column}, null if it is null or dirty. */
  private ByteBuffer raw(int column) {
    int offset = offset(column);
    int header = data[offset] & 0xFF;
    if (header == NULL || header == DIRTY) {
      return null;
    }
    int length = header == LONG ? ByteBuffer.wrap(data, offset + 1, 4).getInt() : header;
    return ByteBuffer.wrap(data, offset + (header == LONG ? 5 : 1), length).slice();
  }

  private int header(int column) {
    return data[offset(column)] & 0xFF;
  }

  /** Where the length header of {@code column} starts in {@link #data}. */
  private int offset(int column) {
    int offset = 0;
    for (int i = 0; i < column; i++) {
      int header = data[offset] & 0xFF;
      offset += header == NULL || header == DIRTY ? 1
          : header == LONG ? 5 + ByteBuffer.wrap(data, offset + 1, 4).getInt() : 1 + header;
    }
    return offset;
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
      return recordEncoded(column, current == null ? null : codec.encode(current, version), codec);
    }

    /** Records that {@code column} is known to hold the serialized value {@code encoded} (null for null). */
    Builder recordEncoded(int column, ByteBuffer encoded, TypeCodec<Object> codec) {
      bytes[column] = encoded;
      known[column] = true;
      codecs[column] = codec;
      return this;
    }

    /** Marks {@code column} as uncertain: not known, and written by the next save whatever it holds. */
    Builder dirty(int column) {
      bytes[column] = DIRTY_VALUE;
      known[column] = false;
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
