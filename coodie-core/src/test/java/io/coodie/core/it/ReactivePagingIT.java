package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.coodie.core.api.Batch;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.query.Page;
import io.coodie.core.api.reactive.ReactiveEntityOperations;
import io.coodie.core.api.reactive.ReactiveQuery;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import io.coodie.test.support.RecordingSession;
import io.coodie.test.support.RecordingTracker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

/**
 * Reactive queries page on demand: the pages fetched (each one a request the driver's request tracker is told of)
 * follow the subscriber's requests, stop at cancellation, and a whole read still visits every row.
 */
@CassandraTest
class ReactivePagingIT {

  static final int ROWS = 10_000;
  static final RecordingTracker tracker = new RecordingTracker();
  static CqlSession session;
  static ReactiveEntityOperations<Event> events;

  @BeforeAll
  static void load(TestCassandra cassandra, TestKeyspace keyspace) {
    keyspace.session().execute(Event.DDL);
    session = cassandra.sessionBuilder().withKeyspace(keyspace.name()).addRequestTracker(tracker).build();
    Coodie coodie = Coodie.create(session);
    EntityOperations<Event> sync = coodie.entity(Event.class);
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    for (int first = 0; first < ROWS; first += 100) {
      Batch batch = coodie.batch(DefaultBatchType.UNLOGGED);
      for (int seq = first; seq < first + 100; seq++) {
        batch.insert(new Event("big", seq, "p" + seq));
      }
      writes.add(batch.executeAsync().toCompletableFuture());
    }
    sync.insert(new Event("small", 0, "only"));
    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    events = coodie.reactive().entity(Event.class);
  }

  @AfterAll
  static void close() {
    session.close();
  }

  @BeforeEach
  void clear() {
    tracker.clear();
  }

  private static ReactiveQuery<Event> big() {
    return events.query().where("stream").eq("big");
  }

  /** The pages of partition "big" fetched so far (SELECTs whose first bound value is "big"). */
  private static int pages() {
    return (int) tracker.statements().stream()
        .filter(s -> RecordingSession.cql(s).startsWith("SELECT") && RecordingTracker.values(s).size() > 0
            && "big".equals(RecordingTracker.values(s).get(0)))
        .count();
  }

  /** Waits until {@code expected} pages were fetched, then a little more, and returns the number fetched. */
  private static int settledPages(int expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (pages() < expected && System.nanoTime() < deadline) {
      sleep(5);
    }
    sleep(300); // time for a page fetched ahead of demand to show
    return pages();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  @Test
  void requestingTenRowsOfATenThousandRowPartitionFetchesOnePage() {
    StepVerifier.create(big().pageSize(100).all(), 10)
        .expectNextCount(10)
        .then(() -> assertThat(settledPages(1)).isEqualTo(1))
        .thenRequest(90)
        .expectNextCount(90)
        .then(() -> assertThat(settledPages(1)).as("the page held every entity requested").isEqualTo(1))
        .thenRequest(1)
        .assertNext(e -> assertThat(e.seq()).isEqualTo(100))
        .then(() -> assertThat(settledPages(2)).isEqualTo(2))
        .thenCancel()
        .verify(Duration.ofSeconds(30));
    assertThat(settledPages(2)).isEqualTo(2);
  }

  @Test
  void cancellingMidStreamStopsFetching() {
    StepVerifier.create(big().pageSize(50).all())
        .expectNextCount(250)
        .thenCancel()
        .verify(Duration.ofSeconds(30));
    int atCancel = settledPages(5);
    assertThat(atCancel).as("5 pages for 250 rows, at most one more in flight").isBetween(5, 6);
    sleep(500);
    assertThat(pages()).as("no page after cancellation").isEqualTo(atCancel);
  }

  @Test
  void takeCancelsUpstreamOnceSatisfied() {
    StepVerifier.create(big().pageSize(50).all().take(120).map(Event::seq))
        .expectNextCount(120)
        .verifyComplete();
    assertThat(settledPages(3)).isEqualTo(3);
  }

  @Test
  void aWholeReadVisitsEveryRowInOrder() {
    StepVerifier.create(big().pageSize(1000).all().map(Event::seq).buffer(ROWS))
        .assertNext(seqs -> {
          assertThat(seqs).hasSize(ROWS).isSorted();
          assertThat(seqs.get(ROWS - 1)).isEqualTo(ROWS - 1);
        })
        .verifyComplete();
    // 10 full pages; the server may answer one more, empty, page
    assertThat(settledPages(10)).isBetween(10, 11);
  }

  @Test
  void aLimitIsSentAndPagedToo() {
    StepVerifier.create(big().limit(25).pageSize(10).all().map(Event::seq))
        .expectNextSequence(java.util.stream.IntStream.range(0, 25).boxed().toList())
        .verifyComplete();
    assertThat(settledPages(3)).isEqualTo(3);
  }

  @Test
  void aLimitAfterCoodiesOwnFilterStopsTheFluxAndItsPaging() {
    StepVerifier.create(big().where("seq").ne(0).allowFiltering().limit(3).pageSize(10).all().map(Event::seq))
        .expectNext(1, 2, 3)
        .verifyComplete();
    assertThat(settledPages(1)).isEqualTo(1);
  }

  @Test
  void countExistsFirstOneAndPage() {
    StepVerifier.create(big().count()).expectNext((long) ROWS).verifyComplete();
    StepVerifier.create(big().exists()).expectNext(true).verifyComplete();
    StepVerifier.create(events.query().where("stream").eq("none").exists()).expectNext(false).verifyComplete();
    StepVerifier.create(big().first().map(Event::seq)).expectNext(0).verifyComplete();
    StepVerifier.create(events.query().where("stream").eq("none").first()).verifyComplete();
    StepVerifier.create(events.query().where("stream").eq("small").one().map(Event::payload))
        .expectNext("only").verifyComplete();
    StepVerifier.create(big().one()).expectErrorSatisfies(e -> assertThat(e)
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("matched more")).verify();

    Page<Event> first = big().page(100, null).block(Duration.ofSeconds(10));
    assertThat(first.items()).hasSize(100);
    StepVerifier.create(big().page(100, first.pagingState().orElseThrow()).map(p -> p.items().get(0).seq()))
        .expectNext(100).verifyComplete();
    StepVerifier.create(events.query().where("stream").eq("small").page(10, first.pagingState().orElseThrow()))
        .expectErrorSatisfies(e -> assertThat(e).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("paging state does not belong to this query"))
        .verify();
  }

  @Test
  void aSyncQueryRunsReactivelyWithItsOwnOptions() {
    var query = events.operations().query().where("stream").eq("big").limit(3);
    StepVerifier.create(events.query(query).all().map(Event::seq)).expectNext(0, 1, 2).verifyComplete();
  }

  /**
   * Why coodie pages itself: the driver's own reactive result set fetches pages ahead of demand (up to four),
   * so ten rows requested cost several pages. If this ever fails, the driver stopped doing so.
   */
  @Test
  void theDriversReactiveResultSetFetchesAheadOfDemand() {
    PreparedStatement select = session.prepare("SELECT * FROM events WHERE stream = ?");
    StepVerifier.create(Flux.from(session.executeReactive(select.bind("big").setPageSize(100))), 10)
        .expectNextCount(10)
        .then(() -> assertThat(settledPages(2)).isGreaterThan(1))
        .thenCancel()
        .verify(Duration.ofSeconds(30));
  }
}
