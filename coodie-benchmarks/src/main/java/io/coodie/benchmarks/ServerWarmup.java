package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.BatchStatementBuilder;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import com.datastax.oss.driver.api.core.cql.Statement;
import io.coodie.benchmarks.model.Items;
import io.coodie.benchmarks.model.RawItem;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Warms the Cassandra node up before anything is measured: a freshly started server runs its request paths
 * interpreted and gets several times faster over the first tens of seconds, which would favour whichever benchmark
 * runs last. Runs every kind of statement the workloads use (on rows of its own) for a fixed time.
 */
final class ServerWarmup {

  private ServerWarmup() {}

  static long run(InetSocketAddress node, Duration duration) {
    try (CqlSession session = BenchSession.open(node, true)) {
      PreparedStatement insert = session.prepare("INSERT INTO item (pk, ck, name, description, category, price,"
          + " quantity, rating, created, active) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      PreparedStatement get = session.prepare("SELECT * FROM item WHERE pk = ? AND ck = ?");
      PreparedStatement partition = session.prepare("SELECT * FROM item WHERE pk = ?");
      PreparedStatement update = session.prepare("UPDATE item SET price = ? WHERE pk = ? AND ck = ?");
      PreparedStatement lwt = session.prepare("UPDATE item SET quantity = ? WHERE pk = ? AND ck = ? IF quantity = ?");
      Semaphore inFlight = new Semaphore(8);
      long deadline = System.nanoTime() + duration.toNanos();
      long n = 0;
      while (System.nanoTime() < deadline) {
        String pk = "w" + (n % 1000);
        int ck = (int) (n % 50);
        RawItem i = RawItem.of(pk, ck);
        Statement<?> statement = switch ((int) (n % 6)) {
          case 0 -> insert.bind(i.getPk(), i.getCk(), i.getName(), i.getDescription(), i.getCategory(),
              i.getPrice(), i.getQuantity(), i.getRating(), i.getCreated(), i.isActive());
          case 1 -> get.bind(Items.readPartition((int) (n % Items.READ_PARTITIONS)), ck);
          case 2 -> partition.bind(Items.readPartition((int) (n % Items.READ_PARTITIONS)));
          case 3 -> update.bind((int) n, pk, ck);
          // Never applied (quantity is never negative), but goes through Paxos all the same.
          case 4 -> lwt.bind(0, pk, ck, -1);
          default -> {
            BatchStatementBuilder batch = new BatchStatementBuilder(DefaultBatchType.LOGGED);
            for (int c = 0; c < Items.BATCH_SIZE; c++) {
              RawItem b = RawItem.of("wb" + (n % 100), c);
              batch.addStatement(insert.bind(b.getPk(), b.getCk(), b.getName(), b.getDescription(),
                  b.getCategory(), b.getPrice(), b.getQuantity(), b.getRating(), b.getCreated(), b.isActive()));
            }
            yield batch.build();
          }
        };
        inFlight.acquireUninterruptibly();
        CompletableFuture<?> f = session.executeAsync(statement).toCompletableFuture();
        f.whenComplete((rs, e) -> inFlight.release());
        n++;
      }
      inFlight.acquireUninterruptibly(8);
      return n;
    }
  }
}
