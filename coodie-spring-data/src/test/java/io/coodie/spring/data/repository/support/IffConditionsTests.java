package io.coodie.spring.data.repository.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.coodie.core.api.query.Comparison;
import io.coodie.spring.data.repository.support.IffConditions.Condition;
import org.junit.jupiter.api.Test;

class IffConditionsTests {

  @Test
  void everyOperatorJoinedByAndInAnyCase() {
    assertThat(IffConditions.parse("a = :x AND b != :y and c<>:z And d < :d AND e <= :e AND f > :f AND g >= :g"
        + " AND h IN :h AND i in :i")).containsExactly(new Condition("a", Comparison.EQ, "x"),
            new Condition("b", Comparison.NE, "y"), new Condition("c", Comparison.NE, "z"),
            new Condition("d", Comparison.LT, "d"), new Condition("e", Comparison.LTE, "e"),
            new Condition("f", Comparison.GT, "f"), new Condition("g", Comparison.GTE, "g"),
            new Condition("h", Comparison.IN, "h"), new Condition("i", Comparison.IN, "i"));
  }

  @Test
  void malformedConditionsAreNamed() {
    assertThatIllegalArgumentException().isThrownBy(() -> IffConditions.parse("price = 10"))
        .withMessageContaining("cannot read the condition 'price = 10'");
    assertThatIllegalArgumentException().isThrownBy(() -> IffConditions.parse("a = :a OR b = :b"))
        .withMessageContaining("'a = :a OR b = :b'");
    assertThatIllegalArgumentException().isThrownBy(() -> IffConditions.parse(" "))
        .withMessageContaining("@Iff is empty");
    assertThatIllegalArgumentException().isThrownBy(() -> IffConditions.parse("a = :a AND"))
        .withMessageContaining("cannot read the condition");
  }
}
