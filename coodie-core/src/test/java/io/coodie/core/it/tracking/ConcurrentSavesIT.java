package io.coodie.core.it.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.it.StatementLog;
import io.coodie.core.it.tracking.Tracked.Wide;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestKeyspace;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Saves of one shared instance from many threads, and async saves of it in flight together: whatever order they
 * complete in, what coodie records never claims a value the row does not hold, so a final save leaves every
 * property in the database.
 */
@CassandraTest
class ConcurrentSavesIT {

  private static final int PROPERTIES = 16;
  static StatementLog log;
  static EntityOperations<Wide> wides;

  @BeforeAll
  static void setUp(TestCassandra cassandra, TestKeyspace keyspace) {
    Tracked.createTables(keyspace.session());
    log = StatementLog.open(cassandra, keyspace);
    wides = Coodie.create(log.session).entity(Wide.class);
  }

  @AfterAll
  static void close() {
    log.close();
  }

  private static void set(Wide wide, int property, Integer value) {
    try {
      Field field = Wide.class.getField("p" + property);
      field.set(wide, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Row row(String id) {
    return log.session.execute("SELECT * FROM tracked_wide WHERE id = ?", id).one();
  }

  @Test
  void sixteenThreadsSavingDisjointPropertiesOfOneInstanceLoseNothing() throws Exception {
    wides.insert(new Wide("threads"));
    Wide shared = wides.get("threads").orElseThrow();
    int rounds = 20;
    ExecutorService pool = Executors.newFixedThreadPool(PROPERTIES);
    try {
      CyclicBarrier start = new CyclicBarrier(PROPERTIES);
      List<Future<?>> done = new ArrayList<>();
      for (int p = 0; p < PROPERTIES; p++) {
        int property = p;
        done.add(pool.submit(() -> {
          start.await();
          for (int round = 1; round <= rounds; round++) {
            set(shared, property, property * 1000 + round);
            wides.save(shared);
          }
          return null;
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    wides.save(shared);

    Row row = row("threads");
    for (int p = 0; p < PROPERTIES; p++) {
      assertThat(row.getInt("p" + p)).as("p" + p).isEqualTo(p * 1000 + rounds);
    }
    log.clear();
    wides.save(shared);
    assertThat(log.executed()).isEmpty();
  }

  @Test
  void asyncSavesInFlightTogetherLoseNothingWhateverOrderTheyCompleteIn() {
    wides.insert(new Wide("async"));
    Wide shared = wides.get("async").orElseThrow();
    List<CompletableFuture<Void>> inFlight = new ArrayList<>();
    for (int p = 0; p < PROPERTIES; p++) {
      set(shared, p, p + 100);
      inFlight.add(wides.saveAsync(shared).toCompletableFuture());
    }
    inFlight.forEach(CompletableFuture::join);

    wides.save(shared);

    Row row = row("async");
    for (int p = 0; p < PROPERTIES; p++) {
      assertThat(row.getInt("p" + p)).as("p" + p).isEqualTo(p + 100);
    }
  }

  @Test
  void racingAsyncSavesOfOnePropertyEndWithTheEntitysLastValueAfterTheNextSave() {
    wides.insert(new Wide("race"));
    Wide shared = wides.get("race").orElseThrow();
    for (int attempt = 0; attempt < 10; attempt++) {
      List<CompletableFuture<Void>> inFlight = new ArrayList<>();
      for (int value = 1; value <= 30; value++) {
        shared.p0 = attempt * 100 + value;
        inFlight.add(wides.saveAsync(shared).toCompletableFuture());
      }
      inFlight.forEach(CompletableFuture::join);

      wides.save(shared);

      assertThat(row("race").getInt("p0")).isEqualTo(attempt * 100 + 30);
    }
  }
}
