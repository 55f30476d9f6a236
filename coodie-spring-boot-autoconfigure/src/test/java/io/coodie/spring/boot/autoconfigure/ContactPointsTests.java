package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ContactPointsTests {

  @Test
  void fillsInTheDefaultPortAndKeepsExplicitOnes() {
    assertThat(ContactPoints.normalize(List.of("a", "b:9043", " c.example.com ", "::1", "[::2]", "[::3]:9045"), 9042))
        .containsExactly("a:9042", "b:9043", "c.example.com:9042", "::1:9042", "::2:9042", "::3:9045");
  }

  @Test
  void rejectsABadPortOrNoHostNamingTheEntry() {
    assertThatIllegalArgumentException().isThrownBy(() -> ContactPoints.normalize(List.of("a", "b:x"), 9042))
        .withMessageContaining("coodie.contact-points[1] 'b:x'").withMessageContaining("port");
    assertThatIllegalArgumentException().isThrownBy(() -> ContactPoints.normalize(List.of("b:70000"), 9042))
        .withMessageContaining("between 1 and 65535");
    assertThatIllegalArgumentException().isThrownBy(() -> ContactPoints.normalize(List.of(":9042"), 9042))
        .withMessageContaining("no host");
    assertThatIllegalArgumentException().isThrownBy(() -> ContactPoints.normalize(List.of("[::1"), 9042))
        .withMessageContaining("[ipv6-address]:port");
  }
}
