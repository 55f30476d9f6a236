package io.coodie.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.spring.data.repository.MapId;
import io.coodie.spring.data.testdomain.Product;
import io.coodie.spring.data.testdomain.Reading;
import io.coodie.spring.data.testdomain.ReadingId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class KeyMapperTests {

  private static final Instant AT = Instant.parse("2026-01-01T00:00:00Z");

  @Test
  void singleColumnKeyIsTheValue() {
    KeyMapper<String> keys = KeyMapper.of(EntityMetadata.of(Product.class), String.class);
    assertThat(keys.values("a")).containsExactly("a");
    assertThat(keys.id(new Object[] { "a" })).isEqualTo("a");
  }

  @Test
  void idRecord() {
    KeyMapper<ReadingId> keys = KeyMapper.of(EntityMetadata.of(Reading.class), ReadingId.class);
    assertThat(keys.values(new ReadingId("s1", AT))).containsExactly("s1", AT);
    assertThat(keys.id(new Object[] { "s1", AT })).isEqualTo(new ReadingId("s1", AT));
    assertThatIllegalArgumentException().isThrownBy(() -> keys.values(new ReadingId("s1", null)))
        .withMessageContaining("Key property at");
  }

  /** An ID class, fields in another order than the key. */
  static class ReadingKey {
    Instant at;
    String sensor;
  }

  @Test
  void idClass() {
    KeyMapper<ReadingKey> keys = KeyMapper.of(EntityMetadata.of(Reading.class), ReadingKey.class);
    ReadingKey key = keys.id(new Object[] { "s1", AT });
    assertThat(key.sensor).isEqualTo("s1");
    assertThat(key.at).isEqualTo(AT);
    assertThat(keys.values(key)).containsExactly("s1", AT);
  }

  record WrongType(String sensor, long at) {}

  record Missing(String sensor) {}

  @Test
  void idTypesThatDoNotFitTheKey() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KeyMapper.of(EntityMetadata.of(Reading.class), WrongType.class))
        .withMessageContaining("at is long in the ID but java.time.Instant in the entity");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> KeyMapper.of(EntityMetadata.of(Reading.class), Missing.class))
        .withMessageContaining("[sensor, at]").withMessageContaining("(it has [sensor])");
    assertThatIllegalArgumentException().isThrownBy(() -> KeyMapper.of(EntityMetadata.of(Product.class), Long.class))
        .withMessageContaining("its property sku of type java.lang.String");
  }

  @Test
  void mapId() {
    KeyMapper<MapId> keys = KeyMapper.of(EntityMetadata.of(Reading.class), MapId.class);
    assertThat(keys.values(MapId.of("at", AT).and("sensor", "s1"))).containsExactly("s1", AT);
    assertThat(keys.id(new Object[] { "s1", AT })).isEqualTo(MapId.of("sensor", "s1").and("at", AT));
    assertThatIllegalArgumentException().isThrownBy(() -> keys.values(MapId.of("sensor", "s1")))
        .withMessageContaining("does not name exactly the key properties [sensor, at]");
  }
}
