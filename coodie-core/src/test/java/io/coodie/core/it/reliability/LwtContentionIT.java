package io.coodie.core.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.core.api.LwtException;
import io.coodie.test.CassandraTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Read-modify-write under contention with an {@code IF version = ?} condition: no update is lost, and every
 * rejected update surfaced an {@link LwtException}.
 */
@CassandraTest
class LwtContentionIT {

  static final int THREADS = 4;
  static final int ATTEMPTS_PER_THREAD = 25;

  @Test
  void optimisticUpdatesNeverLoseAWrite(CqlSession session) throws Exception {
    session.execute("CREATE TABLE account (id text PRIMARY KEY, version int, balance bigint)");
    EntityOperations<Account> accounts = Coodie.create(session).entity(Account.class)
        .serialConsistency(ConsistencyLevel.SERIAL);
    accounts.insert(new Account("hot", 0, 0L));

    AtomicInteger applied = new AtomicInteger();
    AtomicInteger rejected = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      done.add(pool.submit((Callable<Void>) () -> {
        for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
          Account current = accounts.consistency(ConsistencyLevel.SERIAL).get("hot").orElseThrow();
          try {
            accounts.mutateById("hot").iff("version", current.version())
                .set("version", current.version() + 1)
                .set("balance", current.balance() + 10)
                .execute();
            applied.incrementAndGet();
          } catch (LwtException e) {
            assertThat(e.existingValues()).containsKey("version");
            rejected.incrementAndGet();
          }
        }
        return null;
      }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();

    Account last = accounts.consistency(ConsistencyLevel.SERIAL).get("hot").orElseThrow();
    System.out.printf("LWT contention: %d attempts, %d applied, %d rejected%n", THREADS * ATTEMPTS_PER_THREAD,
        applied.get(), rejected.get());
    assertThat(applied.get() + rejected.get()).isEqualTo(THREADS * ATTEMPTS_PER_THREAD);
    assertThat(applied.get()).isPositive();
    assertThat(last.version()).isEqualTo(applied.get());
    assertThat(last.balance()).isEqualTo(10L * applied.get());
  }
}
