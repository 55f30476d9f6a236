package io.coodie.core.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.MappingException;
import io.coodie.core.api.mapping.PartitionKey;
import io.coodie.core.api.mapping.Table;
import io.coodie.core.api.mapping.TrackingState;
import io.coodie.core.api.metadata.ColumnMetadata;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.core.internal.mapping.EntityMapper;
import org.junit.jupiter.api.Test;

/** A {@link TrackingState} field is coodie's, not a column; misuses fail when the class is mapped. */
class TrackingStateMappingTest {

  @Table
  static class Held {
    @PartitionKey String id;
    String name;
    private TrackingState tracking;
  }

  @Table
  static class Twice {
    @PartitionKey String id;
    TrackingState one;
    TrackingState two;
  }

  @Table
  static class Final {
    @PartitionKey String id;
    final TrackingState tracking = null;
  }

  @Table
  record InARecord(@PartitionKey String id, TrackingState tracking) {}

  @Test
  void theFieldIsNotAColumnAndIsFoundForTracking() {
    EntityMetadata<Held> metadata = EntityMetadata.of(Held.class);
    assertThat(metadata.columns()).extracting(ColumnMetadata::propertyName).containsExactly("id", "name");
    assertThat(EntityMapper.of(Held.class).trackingState()).isNotNull();
  }

  @Table
  static class Plain {
    @PartitionKey String id;
  }

  @Test
  void aClassWithoutTheFieldIsTrackedElsewhere() {
    assertThat(EntityMapper.of(Plain.class).trackingState()).isNull();
  }

  @Test
  void misusesAreRefusedNamingTheClassAndField() {
    assertThatThrownBy(() -> EntityMetadata.of(Twice.class)).isInstanceOf(MappingException.class)
        .hasMessageContaining(Twice.class.getName())
        .hasMessageContaining("more than one TrackingState field (one, two)");
    assertThatThrownBy(() -> EntityMetadata.of(Final.class)).isInstanceOf(MappingException.class)
        .hasMessageContaining(Final.class.getName() + ".tracking").hasMessageContaining("must not be final");
    assertThatThrownBy(() -> EntityMetadata.of(InARecord.class)).isInstanceOf(MappingException.class)
        .hasMessageContaining(InARecord.class.getName() + ".tracking")
        .hasMessageContaining("a record cannot hold a TrackingState");
  }
}
