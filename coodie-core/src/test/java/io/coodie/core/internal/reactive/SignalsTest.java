package io.coodie.core.internal.reactive;

import static org.assertj.core.api.Assertions.assertThat;

import io.coodie.core.api.LwtException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** How asynchronous operations become {@code Mono}s. */
class SignalsTest {

  @Test
  void cancellingTheMonoNeverCancelsTheOperationsFuture() {
    // a cancelled future would skip the stages after it: those that record a write's outcome for change tracking
    CompletableFuture<Void> write = new CompletableFuture<>();
    StepVerifier.create(Signals.mono(() -> write)).thenCancel().verify();
    assertThat(write.isCancelled()).isFalse();
    write.complete(null);
  }

  @Test
  void theOperationRunsAtEachSubscriptionNotBefore() {
    AtomicInteger calls = new AtomicInteger();
    Mono<Integer> mono = Signals.mono(() -> CompletableFuture.completedFuture(calls.incrementAndGet()));
    assertThat(calls).hasValue(0);
    StepVerifier.create(mono).expectNext(1).verifyComplete();
    StepVerifier.create(mono).expectNext(2).verifyComplete();
  }

  @Test
  void aThrowingCallAndAWrappedFailureArriveAsTheOriginalError() {
    StepVerifier.create(Signals.<Void>mono(() -> {
      throw new IllegalArgumentException("bad key");
    })).expectErrorMessage("bad key").verify();
    LwtException lwt = new LwtException("not applied", Map.of(), null);
    StepVerifier.create(Signals.<Void>mono(() -> CompletableFuture.failedFuture(
        new CompletionException(new CompletionException(lwt))))).expectErrorSatisfies(e -> assertThat(e).isSameAs(lwt))
        .verify();
  }
}
