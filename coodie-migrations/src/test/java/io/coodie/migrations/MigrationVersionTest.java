package io.coodie.migrations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class MigrationVersionTest {

  @Test
  void ordersNumericallyPartByPart() {
    List<MigrationVersion> versions = new ArrayList<>(List.of("10", "1.10", "2", "1_2", "1", "1.1.1", "1.1")
        .stream().map(MigrationVersion::parse).toList());
    Collections.shuffle(versions, new java.util.Random(7));
    Collections.sort(versions);
    assertThat(versions).extracting(MigrationVersion::toString)
        .containsExactly("1", "1.1", "1.1.1", "1.2", "1.10", "2", "10");
  }

  @Test
  void trailingZerosAndSeparatorsDoNotMatter() {
    assertThat(MigrationVersion.parse("1_0")).isEqualTo(MigrationVersion.parse("1")).hasSameHashCodeAs(
        MigrationVersion.parse("1.0.0"));
    assertThat(MigrationVersion.parse("2_1").toString()).isEqualTo("2.1");
    assertThat(MigrationVersion.parse("2.1").fileForm()).isEqualTo("2_1");
    assertThat(MigrationVersion.parse("3.2").nextMajor()).hasToString("4");
    assertThat(MigrationVersion.parse("99999999999999999999").nextMajor()).hasToString("100000000000000000000");
  }

  @Test
  void rejectsWhatIsNotAVersion() {
    assertThatThrownBy(() -> MigrationVersion.parse("1.a")).hasMessageContaining("'1.a' is not a migration version");
    assertThatThrownBy(() -> MigrationVersion.parse("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MigrationVersion.parse("-1")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parsesFileAndClassNames() {
    MigrationNames.Parsed parsed = MigrationNames.parse("V1_1__add_order_index.cql", ".cql");
    assertThat(parsed.version()).hasToString("1.1");
    assertThat(parsed.description()).isEqualTo("add order index");
    assertThat(MigrationNames.parse("V3__Backfill_totals", "").description()).isEqualTo("Backfill totals");
    assertThatThrownBy(() -> MigrationNames.parse("V1_create.cql", ".cql"))
        .hasMessageContaining("'V1_create.cql' is not named V<version>__<description>.cql");
  }
}
