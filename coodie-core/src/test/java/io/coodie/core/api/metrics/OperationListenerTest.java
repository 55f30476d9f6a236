package io.coodie.core.api.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class OperationListenerTest {

  @Test
  void compositeOfNothingIsNone() {
    assertThat(OperationListener.composite(List.of())).isSameAs(OperationListener.NONE);
    assertThat(OperationListener.composite(List.of(OperationListener.NONE))).isSameAs(OperationListener.NONE);
  }

  @Test
  void compositeTellsEveryListenerInOrder() {
    List<String> calls = new ArrayList<>();
    OperationListener a = (t, o, r, f, n) -> calls.add("a:" + o);
    OperationListener b = (t, o, r, f, n) -> calls.add("b:" + o);
    OperationListener.composite(List.of(a, OperationListener.NONE, b))
        .completed(String.class, Operation.GET, Outcome.SUCCESS, null, 5);
    assertThat(calls).containsExactly("a:GET", "b:GET");
    assertThat(OperationListener.composite(List.of(a))).isSameAs(a);
  }

  @Test
  void micrometerTimersAreTaggedByEntityOperationOutcomeAndException() {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    MicrometerOperationListener listener = new MicrometerOperationListener(registry, Tags.of("session", "main"));
    listener.completed(String.class, Operation.GET, Outcome.SUCCESS, null, 2_000_000);
    listener.completed(String.class, Operation.GET, Outcome.SUCCESS, null, 4_000_000);
    listener.completed(null, Operation.BATCH, Outcome.ERROR, new IllegalStateException("x"), 1_000);
    listener.completed(Integer.class, Operation.UPDATE, Outcome.ERROR, new RuntimeException() { }, 1_000);

    Timer gets = registry.get("coodie.operations").tags("entity", "String", "operation", "get", "outcome", "success",
        "exception", "none", "session", "main").timer();
    assertThat(gets.count()).isEqualTo(2);
    assertThat(gets.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(6.0);
    assertThat(registry.get("coodie.operations").tags("entity", "batch", "operation", "batch", "outcome", "error",
        "exception", "IllegalStateException").timer().count()).isEqualTo(1);
    assertThat(registry.get("coodie.operations").tags("entity", "Integer", "exception",
        "io.coodie.core.api.metrics.OperationListenerTest$1").timer().count()).isEqualTo(1);
    assertThat(registry.getMeters()).hasSize(3);
  }

  @Test
  void tagValuesAreLowerCase() {
    assertThat(Operation.SAVE.tagValue()).isEqualTo("save");
    assertThat(Outcome.NOT_APPLIED.tagValue()).isEqualTo("not_applied");
  }
}
