package io.coodie.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import io.coodie.core.api.schema.SchemaException;
import io.coodie.core.internal.schema.TableTarget;
import io.coodie.core.internal.schema.Targets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Resolving entity classes to tables and keyspaces. */
class TargetsTest {

  @Test
  void entitiesWithoutKeyspaceUseTheSessionKeyspace() {
    List<TableTarget> targets =
        Targets.resolve(List.of(Versions.Nowhere.class), Optional.of(CqlIdentifier.fromInternal("app")));
    assertThat(targets).singleElement().satisfies(t -> assertThat(t.qualifiedName()).isEqualTo("app.nowhere"));
  }

  @Test
  void anEntityWithNoKeyspaceAtAllIsNamed() {
    assertThatThrownBy(() -> Targets.resolve(List.of(Versions.Nowhere.class), Optional.empty()))
        .isInstanceOf(SchemaException.class)
        .hasMessageContaining(Versions.Nowhere.class.getName() + " has no keyspace")
        .hasMessageContaining("@Table(keyspace");
  }

  @Test
  void twoUnrelatedClassesOnOneTableAreRejected() {
    assertThatThrownBy(
            () ->
                Targets.resolve(
                    List.of(Versions.ItemV1.class, Versions.ItemV2.class),
                    Optional.of(CqlIdentifier.fromInternal("app"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("both map to table app.items");
  }

  @Test
  void aClassGivenTwiceIsOneTable() {
    assertThat(
            Targets.resolve(
                List.of(Versions.ItemV1.class, Versions.ItemV1.class),
                Optional.of(CqlIdentifier.fromInternal("app"))))
        .hasSize(1);
  }
}
