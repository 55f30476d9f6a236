package io.coodie.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.coodie.spring.data.repository.support.CqlMarkers.Parsed;
import io.coodie.spring.data.repository.support.CqlMarkers.Style;
import org.junit.jupiter.api.Test;

class CqlMarkersTests {

  @Test
  void namedMarkersBecomePlainMarkersInOrderAndMayRepeat() {
    Parsed parsed = CqlMarkers.parse("SELECT * FROM t WHERE a = :a AND b IN :bs AND c > :a");
    assertThat(parsed.cql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b IN ? AND c > ?");
    assertThat(parsed.style()).isEqualTo(Style.NAMED);
    assertThat(parsed.markers()).containsExactly("a", "bs", "a");
  }

  @Test
  void indexedMarkers() {
    Parsed parsed = CqlMarkers.parse("SELECT * FROM t WHERE a = ?1 AND b = ?0 LIMIT ?10");
    assertThat(parsed.cql()).isEqualTo("SELECT * FROM t WHERE a = ? AND b = ? LIMIT ?");
    assertThat(parsed.style()).isEqualTo(Style.INDEXED);
    assertThat(parsed.markers()).containsExactly(1, 0, 10);
  }

  @Test
  void plainMarkersAreNumberedInOrder() {
    Parsed parsed = CqlMarkers.parse("UPDATE t SET a = ? WHERE k = ? IF a = ?");
    assertThat(parsed.cql()).isEqualTo("UPDATE t SET a = ? WHERE k = ? IF a = ?");
    assertThat(parsed.style()).isEqualTo(Style.PLAIN);
    assertThat(parsed.markers()).containsExactly(0, 1, 2);
  }

  @Test
  void literalsIdentifiersAndCommentsAreLeftAlone() {
    String cql = "SELECT \"odd:name?\" FROM t /* :no ?0 */ WHERE a = 'it''s :not ?' AND m = {'k': 1}"
        + " AND b = $$ :x ? $$ -- :c ?\n AND d = :d // :e\n";
    Parsed parsed = CqlMarkers.parse(cql);
    assertThat(parsed.markers()).containsExactly("d");
    assertThat(parsed.cql()).isEqualTo(cql.replace("= :d", "= ?"));
  }

  @Test
  void noMarkers() {
    assertThat(CqlMarkers.parse("SELECT * FROM t").style()).isEqualTo(Style.NONE);
  }

  @Test
  void mixedStylesAndUnclosedTokensAreRefused() {
    assertThatIllegalArgumentException().isThrownBy(() -> CqlMarkers.parse("SELECT * FROM t WHERE a = :a AND b = ?"))
        .withMessageContaining("Mixed parameter styles");
    assertThatIllegalArgumentException().isThrownBy(() -> CqlMarkers.parse("SELECT * FROM t WHERE a = 'x"))
        .withMessageContaining("Unclosed '");
  }
}
