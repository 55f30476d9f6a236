package io.coodie.core.internal.exec;

import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * What the database holds for one entity, as far as coodie knows: the serialized value of each column it read or
 * wrote ({@code known}), with the codec to compare the entity's current values against it. Comparing serialized
 * forms also catches in-place changes to mutable values (lists, UDT objects, arrays).
 *
 * <p>The arrays may be shared with other snapshots (for example a statement's {@code known} columns): only
 * {@link #copy()} results are ever modified.
 *
 * @param bytes serialized values by entity column index (null for a null value)
 * @param known whether each column's database value is known
 * @param codecs the codec of each known column
 */
record Snapshot(ByteBuffer[] bytes, boolean[] known, TypeCodec<Object>[] codecs) {

  /** Whether {@code current} serializes to something other than the known value of {@code column}. */
  boolean differs(int column, Object current, ProtocolVersion version) {
    ByteBuffer encoded = current == null ? null : codecs[column].encode(current, version);
    return !Objects.equals(encoded, bytes[column]);
  }

  /** The known value of {@code column}, decoded again (a fresh copy). */
  Object decode(int column, ProtocolVersion version) {
    ByteBuffer raw = bytes[column];
    return codecs[column].decode(raw == null ? null : raw.duplicate(), version);
  }

  /** A copy to record new values in with {@link #record}. */
  Snapshot copy() {
    return new Snapshot(bytes.clone(), known.clone(), codecs.clone());
  }

  /** Records (in place) that {@code column} is known to hold {@code current}, serialized with {@code codec}. */
  void record(int column, Object current, TypeCodec<Object> codec, ProtocolVersion version) {
    bytes[column] = current == null ? null : codec.encode(current, version);
    known[column] = true;
    codecs[column] = codec;
  }
}
