package io.coodie.core.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.internal.schema.OptionValues;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Declared option literals against live {@code system_schema.tables} values. */
class OptionValuesTest {

  private static final Map<String, String> LIVE_LCS =
      Map.of(
          "class", "org.apache.cassandra.db.compaction.LeveledCompactionStrategy",
          "max_threshold", "32",
          "min_threshold", "4",
          "sstable_size_in_mb", "160");

  @Test
  void compactionClassComparesBySimpleNameAndIgnoresServerDefaults() {
    assertThat(OptionValues.matches("compaction", "{'class': 'LeveledCompactionStrategy'}", LIVE_LCS))
        .isTrue();
    assertThat(
            OptionValues.matches(
                "compaction",
                "{'class': 'org.apache.cassandra.db.compaction.LeveledCompactionStrategy'}",
                LIVE_LCS))
        .isTrue();
    assertThat(OptionValues.matches("compaction", "{'class': 'SizeTieredCompactionStrategy'}", LIVE_LCS))
        .isFalse();
  }

  @Test
  void numbersCompareAcrossStringAndNumericForms() {
    assertThat(
            OptionValues.matches(
                "compaction", "{'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': 160}", LIVE_LCS))
        .isTrue();
    assertThat(
            OptionValues.matches(
                "compaction", "{'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': '160'}", LIVE_LCS))
        .isTrue();
    assertThat(
            OptionValues.matches(
                "compaction", "{'class': 'LeveledCompactionStrategy', 'sstable_size_in_mb': 200}", LIVE_LCS))
        .isFalse();
    assertThat(OptionValues.matches("default_time_to_live", "3600", 3600)).isTrue();
    assertThat(OptionValues.matches("default_time_to_live", "60", 3600)).isFalse();
    assertThat(OptionValues.matches("bloom_filter_fp_chance", "0.010", 0.01d)).isTrue();
    assertThat(OptionValues.matches("crc_check_chance", "1", 1.0d)).isTrue();
  }

  @Test
  void textIgnoresCaseExceptComment() {
    assertThat(OptionValues.matches("speculative_retry", "'99p'", "99p")).isTrue();
    assertThat(
            OptionValues.matches(
                "caching", "{'keys': 'all', 'rows_per_partition': 'NONE'}",
                Map.of("keys", "ALL", "rows_per_partition", "NONE")))
        .isTrue();
    assertThat(OptionValues.matches("comment", "'it''s'", "it's")).isTrue();
    assertThat(OptionValues.matches("comment", "'It''s'", "it's")).isFalse();
    assertThat(OptionValues.matches("cdc", "true", Boolean.TRUE)).isTrue();
    assertThat(OptionValues.matches("cdc", "false", Boolean.TRUE)).isFalse();
  }

  @Test
  void setsListsAndMissingMapEntries() {
    assertThat(OptionValues.matches("x", "{'a', 'b'}", Set.of("a"))).isFalse();
    assertThat(OptionValues.matches("x", "['a']", java.util.List.of("a"))).isTrue();
    assertThat(OptionValues.matches("compression", "{'chunk_length_in_kb': 64}", Map.of("class", "LZ4Compressor")))
        .isFalse();
    assertThat(OptionValues.matches("comment", "''", null)).isFalse();
  }

  @Test
  void displaysLiveValuesAsLiterals() {
    assertThat(OptionValues.display(3600)).isEqualTo("3600");
    assertThat(OptionValues.display("it")).isEqualTo("'it'");
    assertThat(OptionValues.display(new java.util.TreeMap<>(Map.of("class", "X", "n", "4"))))
        .isEqualTo("{'class': 'X', 'n': 4}");
  }

  @Test
  void malformedLiteralsAreReported() {
    assertThatThrownBy(() -> OptionValues.matches("compaction", "{'class' 'X'}", LIVE_LCS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cannot parse CQL literal {'class' 'X'}");
  }
}
