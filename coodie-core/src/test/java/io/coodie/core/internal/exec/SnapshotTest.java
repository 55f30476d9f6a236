package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.DefaultProtocolVersion;
import com.datastax.oss.driver.api.core.ProtocolVersion;
import com.datastax.oss.driver.api.core.type.codec.TypeCodec;
import com.datastax.oss.driver.api.core.type.codec.TypeCodecs;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {

  private static final ProtocolVersion V5 = DefaultProtocolVersion.V5;

  @SuppressWarnings("unchecked")
  private static TypeCodec<Object> codec(TypeCodec<?> codec) {
    return (TypeCodec<Object>) codec;
  }

  /** A view into the middle of a larger buffer, like the driver's rows into a response frame. */
  private static ByteBuffer slice(ByteBuffer value) {
    ByteBuffer frame = ByteBuffer.allocate(value.remaining() + 20);
    frame.position(7);
    frame.put(value.duplicate());
    frame.position(7).limit(7 + value.remaining());
    return frame.slice().position(0);
  }

  @Test
  void copiesTheKnownValuesAndComparesSerializedForms() {
    TypeCodec<Object> text = codec(TypeCodecs.TEXT);
    TypeCodec<Object> list = codec(TypeCodecs.listOf(TypeCodecs.INT));
    ByteBuffer[] bytes = {slice(text.encode("a", V5)), null, slice(list.encode(List.of(1, 2), V5)), null};
    boolean[] known = {true, true, true, false};
    Snapshot snapshot = Snapshot.of(bytes, known, new TypeCodec[] {text, text, list, null});

    assertThat(snapshot.differs(0, "a", V5)).isFalse();
    assertThat(snapshot.differs(0, "b", V5)).isTrue();
    assertThat(snapshot.differs(0, null, V5)).isTrue();
    assertThat(snapshot.differs(1, null, V5)).isFalse();
    assertThat(snapshot.differs(1, "x", V5)).isTrue();
    assertThat(snapshot.decode(2, V5)).isEqualTo(List.of(1, 2));
    assertThat(snapshot.differs(2, List.of(1, 2), V5)).isFalse();
    assertThat(snapshot.known(3)).isFalse();
    assertThat(bytes[0].position()).isZero(); // the source buffers are read, not consumed
  }

  @Test
  void keepsEmptyAndLongValuesApartFromNull() {
    TypeCodec<Object> text = codec(TypeCodecs.TEXT);
    String longText = "x".repeat(70_000);
    Snapshot snapshot = Snapshot.builder(4).record(0, "", text, V5).record(1, longText, text, V5)
        .record(2, null, text, V5).record(3, "y".repeat(253), text, V5).build();

    assertThat(snapshot.decode(0, V5)).isEqualTo("");
    assertThat(snapshot.differs(0, null, V5)).isTrue();
    assertThat(snapshot.decode(1, V5)).isEqualTo(longText);
    assertThat(snapshot.differs(1, longText + "!", V5)).isTrue();
    assertThat(snapshot.decode(2, V5)).isNull();
    assertThat(snapshot.differs(2, "", V5)).isTrue();
    assertThat(snapshot.decode(3, V5)).isEqualTo("y".repeat(253));
  }

  @Test
  void aBuilderRecordsNewValuesWithoutChangingTheOriginal() {
    TypeCodec<Object> text = codec(TypeCodecs.TEXT);
    Snapshot original = Snapshot.builder(2).record(0, "a", text, V5).build();
    Snapshot next = original.toBuilder().record(0, "b", text, V5).record(1, null, text, V5).build();

    assertThat(original.differs(0, "a", V5)).isFalse();
    assertThat(original.known(1)).isFalse();
    assertThat(next.differs(0, "b", V5)).isFalse();
    assertThat(next.known(1)).isTrue();
    assertThat(next.differs(1, null, V5)).isFalse();
  }

  @Test
  void aDirtyColumnSurvivesCopiesAndDiffersFromEverything() {
    TypeCodec<Object> text = codec(TypeCodecs.TEXT);
    Snapshot snapshot = Snapshot.builder(3).record(0, "a", text, V5).record(1, "b", text, V5)
        .record(2, "c", text, V5).dirty(1).build();
    Snapshot copy = snapshot.toBuilder().record(2, "d", text, V5).build();

    for (Snapshot s : new Snapshot[] {snapshot, copy}) {
      assertThat(s.dirty(1)).isTrue();
      assertThat(s.known(1)).isFalse();
      assertThat(s.differs(1, "b", V5)).isTrue();
      assertThat(s.differs(1, null, V5)).isTrue();
      assertThat(s.dirty(0) || s.dirty(2)).isFalse();
      assertThat(s.differs(0, "a", V5)).isFalse();
    }
    assertThat(copy.differs(2, "d", V5)).isFalse();
    assertThat(snapshot.differs(2, "c", V5)).isFalse();
  }

  @Test
  void valuesOfEveryLengthAroundTheHeaderLimitsKeepTheirNeighbours() {
    TypeCodec<Object> text = codec(TypeCodecs.TEXT);
    for (int length : new int[] {0, 1, 251, 252, 253, 254, 255, 256, 70_000}) {
      String value = "v".repeat(length);
      Snapshot snapshot = Snapshot.builder(3).record(0, value, text, V5).record(1, null, text, V5)
          .record(2, "after", text, V5).build();
      assertThat(snapshot.decode(0, V5)).as("length %d", length).isEqualTo(value);
      assertThat(snapshot.dirty(0)).as("length %d", length).isFalse();
      assertThat(snapshot.decode(1, V5)).isNull();
      assertThat(snapshot.differs(2, "after", V5)).as("length %d", length).isFalse();
    }
  }

  @Test
  void sameAsComparesValueKnownAndDirtyState() {
    TypeCodec<Object> text = codec(TypeCodecs.TEXT);
    Snapshot a = Snapshot.builder(1).record(0, "x", text, V5).build();
    Snapshot b = Snapshot.builder(1).record(0, "x", text, V5).build();
    Snapshot other = Snapshot.builder(1).record(0, "y", text, V5).build();
    Snapshot dirty = a.toBuilder().dirty(0).build();
    Snapshot unknown = Snapshot.of(new ByteBuffer[] {text.encode("x", V5)}, new boolean[] {false},
        new TypeCodec[] {text});

    assertThat(a.sameAs(b, 0)).isTrue();
    assertThat(a.sameAs(other, 0)).isFalse();
    assertThat(a.sameAs(dirty, 0)).isFalse();
    assertThat(a.sameAs(unknown, 0)).isFalse();
    assertThat(unknown.differs(0, "x", V5)).as("an unknown column compares with its baseline").isFalse();
  }
}
