package io.coodie.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.coodie.core.api.LwtException;
import io.coodie.core.api.metrics.MicrometerOperationListener;
import io.coodie.spring.boot.autoconfigure.testdomain.TestApplication;
import io.coodie.spring.boot.autoconfigure.testdomain.Token;
import io.coodie.spring.boot.autoconfigure.testdomain.TokenRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Repository calls against the embedded node land in the {@code coodie.operations} timer of the registry Spring
 * Boot's metrics auto-configuration defines.
 */
@SpringBootTest(classes = TestApplication.class)
class CoodieMetricsIT {

  @DynamicPropertySource
  static void cassandra(DynamicPropertyRegistry registry) {
    CassandraProperties.of("coodie_metrics_it", "update").forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired
  TokenRepository tokens;

  @Autowired
  MeterRegistry registry;

  private Timer timer(String operation, String outcome, String exception) {
    return this.registry.get(MicrometerOperationListener.METRIC_NAME)
        .tags("entity", "Token", "operation", operation, "outcome", outcome, "exception", exception).timer();
  }

  @Test
  void repositoryOperationsAreTimedWithTheirOutcome() {
    this.tokens.insert(new Token("m-1", "ann"));
    assertThatThrownBy(() -> this.tokens.insert(new Token("m-1", "bob")))
        .isInstanceOf(org.springframework.dao.DuplicateKeyException.class).cause().isInstanceOf(LwtException.class);
    assertThat(this.tokens.findById("m-1")).map(Token::owner).contains("ann");

    assertThat(timer("insert", "success", "none").count()).isEqualTo(1);
    assertThat(timer("insert", "not_applied", "LwtException").count()).isEqualTo(1);
    Timer gets = timer("get", "success", "none");
    assertThat(gets.count()).isEqualTo(1);
    assertThat(gets.totalTime(TimeUnit.NANOSECONDS)).isPositive();
  }
}
