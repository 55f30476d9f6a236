package io.coodie.core.internal.exec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TtlsTest {

  @Test
  void nullMeansNoTtlAndZeroMeansNoExpiry() {
    assertThat(Ttls.seconds("E", (Duration) null)).isNull();
    assertThat(Ttls.seconds("E", Duration.ZERO)).isZero();
    assertThat(Ttls.seconds("E", 0)).isZero();
  }

  @Test
  void wholeSecondsUpToTwentyYearsAreKept() {
    assertThat(Ttls.seconds("E", Duration.ofSeconds(1))).isEqualTo(1);
    assertThat(Ttls.seconds("E", Duration.ofMinutes(10))).isEqualTo(600);
    assertThat(Ttls.seconds("E", Duration.ofMillis(2000))).isEqualTo(2);
    assertThat(Ttls.seconds("E", Duration.ofSeconds(630_720_000))).isEqualTo(630_720_000);
    assertThat(Ttls.seconds("E", 630_720_000)).isEqualTo(630_720_000);
  }

  @Test
  void fractionsOfASecondAreRefusedNotRounded() {
    assertThatThrownBy(() -> Ttls.seconds("E", Duration.ofMillis(500)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("The ttl of E must be a whole number of seconds (Cassandra TTLs are in seconds and coodie does"
            + " not round them), was PT0.5S, under a second");
    assertThatThrownBy(() -> Ttls.seconds("E", Duration.ofMillis(1999)))
        .hasMessageEndingWith("was PT1.999S");
  }

  @Test
  void negativeAndOverTwentyYearsAreRefused() {
    assertThatThrownBy(() -> Ttls.seconds("E", Duration.ofMillis(-500)))
        .hasMessage("The ttl of E must be Duration.ZERO (no expiry) or positive, was PT-0.5S");
    assertThatThrownBy(() -> Ttls.seconds("E", -1))
        .hasMessage("The ttl of E must be zero (no expiry) or positive, was -1");
    assertThatThrownBy(() -> Ttls.seconds("E", Duration.ofSeconds(630_720_001)))
        .hasMessage("The ttl of E must be at most 630720000 seconds (20 years, Cassandra's maximum), was PT175200H1S");
    assertThatThrownBy(() -> Ttls.seconds("E", Integer.MAX_VALUE))
        .hasMessage("The ttl of E must be at most 630720000 seconds (20 years, Cassandra's maximum), was 2147483647"
            + " seconds");
    assertThatThrownBy(() -> Ttls.seconds("E", Duration.ofSeconds(Long.MAX_VALUE)))
        .hasMessageStartingWith("The ttl of E must be at most 630720000 seconds");
  }
}
