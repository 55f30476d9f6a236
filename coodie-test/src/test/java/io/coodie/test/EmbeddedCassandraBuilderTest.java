package io.coodie.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EmbeddedCassandraBuilderTest {

  @Test
  void tokensAreTheMeasuredEvenlySpacedOnes() {
    assertThat(EmbeddedCassandra.Builder.token(0, 1)).isEqualTo("-9223372036854775808");
    assertThat(EmbeddedCassandra.Builder.token(0, 3)).isEqualTo("-9223372036854775808");
    assertThat(EmbeddedCassandra.Builder.token(1, 3)).isEqualTo("-3074457345618258603");
    assertThat(EmbeddedCassandra.Builder.token(2, 3)).isEqualTo("3074457345618258602");
  }

  @Test
  void rejectsImpossibleNodeCounts() {
    assertThatThrownBy(() -> EmbeddedCassandra.builder().nodes(0)).hasMessageContaining("between 1 and 9");
    assertThatThrownBy(() -> EmbeddedCassandra.builder().nodes(10)).hasMessageContaining("between 1 and 9");
  }
}
