package io.coodie.core.internal.reactive;

import com.datastax.oss.driver.api.core.cql.AsyncResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.internal.exec.RowSource;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.FluxSink;

/**
 * The entities of a query's rows as a {@code Flux}, fetching pages on demand: a page is asked for only when the
 * subscriber requested more entities than the pages so far held, one page at a time, and never after cancellation
 * or an error.
 *
 * <p>Why not the driver's {@code executeReactive}: its publisher fetches up to four pages ahead of demand, so a
 * subscriber that wants ten rows still costs five pages. Here each page's entities are handed to the sink as the
 * page arrives (the sink holds those not requested yet: at most one page), and the next page waits for demand.
 *
 * <p>A limit coodie applies itself (after its own filters: {@link RowSource#cap()}) completes the flux once reached.
 *
 * <p>Thread-safety: requests arrive on the subscriber's threads, pages on the driver's. {@code fetching} is the
 * only lock (taken by compare-and-set, never waited for): whoever sets it fetches the next page, and the page's
 * arrival releases it and checks the demand again, so a request that found the lock taken is not lost.
 */
final class PagedRows<T> {

  private final FluxSink<T> sink;
  private final Supplier<CompletableFuture<RowSource<T>>> source;
  /** Entities requested by the subscriber, capped at Long.MAX_VALUE. */
  private final AtomicLong demanded = new AtomicLong();
  /** Entities handed to the sink so far (written by the thread holding {@code fetching} only). */
  private final AtomicLong emitted = new AtomicLong();
  private final AtomicBoolean fetching = new AtomicBoolean();
  private volatile @Nullable RowSource<T> rows;
  /** The last page received, which has more pages after it; null before the first. */
  private volatile @Nullable AsyncResultSet page;
  /** Cancelled, failed or completed: nothing more is fetched or emitted. */
  private volatile boolean finished;

  private PagedRows(FluxSink<T> sink, Supplier<CompletableFuture<RowSource<T>>> source) {
    this.sink = sink;
    this.source = source;
  }

  /** The entities of the rows {@code source} (called at each subscription's first request) reads. */
  static <T> Flux<T> flux(Supplier<CompletableFuture<RowSource<T>>> source) {
    return Flux.create(sink -> {
      PagedRows<T> rows = new PagedRows<>(sink, source);
      sink.onDispose(() -> rows.finished = true);
      sink.onRequest(rows::request);
    }, FluxSink.OverflowStrategy.BUFFER);
  }

  private void request(long n) {
    demanded.getAndAccumulate(n, (current, more) -> {
      long sum = current + more;
      return sum < 0 ? Long.MAX_VALUE : sum;
    });
    fetchIfWanted();
  }

  private boolean wanted() {
    return !finished && demanded.get() > emitted.get();
  }

  private void fetchIfWanted() {
    while (wanted() && fetching.compareAndSet(false, true)) {
      if (wanted()) {
        fetch(page);
        return;
      }
      fetching.set(false);
      // demand may have arrived between the check and the release: loop
    }
  }

  private void fetch(@Nullable AsyncResultSet last) {
    CompletionStage<AsyncResultSet> next;
    try {
      next = last != null ? last.fetchNextPage() : source.get().thenCompose(prepared -> {
        rows = prepared;
        return prepared.firstPage();
      });
    } catch (RuntimeException | Error e) {
      fail(e);
      return;
    }
    next.whenComplete(this::arrived);
  }

  private void arrived(@Nullable AsyncResultSet rs, @Nullable Throwable error) {
    if (finished) {
      return; // cancelled meanwhile: the page (or its error) is dropped
    }
    if (error != null) {
      fail(Signals.cause(error));
      return;
    }
    RowSource<T> source = rows;
    try {
      for (Row row : rs.currentPage()) {
        if (finished) {
          return;
        }
        T entity = source.decode(row);
        if (entity != null) {
          long count = emitted.incrementAndGet();
          sink.next(entity);
          Integer cap = source.cap();
          if (cap != null && count >= cap) {
            finished = true;
            sink.complete();
            return;
          }
        }
      }
    } catch (RuntimeException | Error e) {
      fail(e);
      return;
    }
    if (!rs.hasMorePages()) {
      finished = true;
      sink.complete();
      return;
    }
    page = rs;
    fetching.set(false);
    fetchIfWanted();
  }

  private void fail(Throwable error) {
    finished = true;
    sink.error(error);
  }
}
