package io.coodie.core.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.query.Page;
import io.coodie.core.api.query.Query;
import io.coodie.test.CassandraTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Reading more rows than one page, synchronously and asynchronously, and resuming from a paging state. */
@CassandraTest
class PagingIT {

  static final int ROWS = 250;
  static EntityOperations<Event> events;

  @BeforeAll
  static void load(CqlSession session) {
    session.execute(Event.DDL);
    events = Coodie.create(session).entity(Event.class);
    List<CompletableFuture<Void>> writes = new ArrayList<>();
    for (int i = 0; i < ROWS; i++) {
      writes.add(events.insertAsync(new Event("a", i, "p" + i)).toCompletableFuture());
    }
    CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
    events.insert(new Event("b", 0, "other partition"));
  }

  private static Query<Event> streamA() {
    return events.query().where("stream").eq("a");
  }

  @Test
  void listReadsEveryPageWithNoHiddenLimit() {
    List<Event> all = streamA().pageSize(10).list();
    assertThat(all).hasSize(ROWS);
    assertThat(all).extracting(Event::seq).isSorted();
  }

  @Test
  void streamFetchesPagesLazily() {
    try (Stream<Event> stream = streamA().pageSize(7).stream()) {
      assertThat(stream.mapToInt(Event::seq).sum()).isEqualTo(ROWS * (ROWS - 1) / 2);
    }
  }

  @Test
  void explicitPagesResumeFromTheirPagingState() {
    List<Integer> seen = new ArrayList<>();
    Page<Event> page = streamA().page(100, null);
    int pages = 1;
    seen.addAll(page.items().stream().map(Event::seq).toList());
    while (page.hasNext()) {
      page = streamA().page(100, page.pagingState().orElseThrow());
      seen.addAll(page.items().stream().map(Event::seq).toList());
      pages++;
    }
    assertThat(pages).isEqualTo(3);
    assertThat(seen).hasSize(ROWS).doesNotHaveDuplicates().isSorted();
  }

  @Test
  void aPagingStateFromAnotherQueryIsRefused() {
    String state = streamA().page(10, null).pagingState().orElseThrow();
    assertThatThrownBy(() -> events.query().where("stream").eq("b").page(10, state))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("paging state does not belong to this query");
  }

  @Test
  void asyncPagingVisitsEveryRow() throws Exception {
    List<Event> all = streamA().pageSize(33).listAsync().toCompletableFuture().get();
    assertThat(all).hasSize(ROWS);
    Page<Event> first = streamA().pageAsync(120, null).toCompletableFuture().get();
    Page<Event> second = streamA().pageAsync(120, first.pagingState().orElseThrow()).toCompletableFuture().get();
    assertThat(first.items()).hasSize(120);
    assertThat(second.items().get(0).seq()).isEqualTo(120);
  }
}
