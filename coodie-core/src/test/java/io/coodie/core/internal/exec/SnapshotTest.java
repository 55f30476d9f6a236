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
}
