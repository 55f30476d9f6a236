package io.coodie.core.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.EntityOperations;
import io.coodie.test.EmbeddedCassandra;
import io.coodie.test.SchemaAgreement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A writer at QUORUM keeps going through coodie while one of three replicas is SIGKILLed and restarted, and every
 * acknowledged write is read back afterwards at ALL.
 */
class FailoverIT {

  @Test
  void quorumWritesSurviveANodeCrashAndNothingAcknowledgedIsLost(@TempDir Path workRoot) throws Exception {
    try (EmbeddedCassandra cluster = EmbeddedCassandra.builder().nodes(3).workRoot(workRoot).start()) {
      try (CqlSession admin = cluster.sessionBuilder().build()) {
        admin.execute("CREATE KEYSPACE rf3 WITH replication = {'class': 'NetworkTopologyStrategy', 'datacenter1': 3}");
        SchemaAgreement.await(admin, Duration.ofSeconds(30));
        admin.execute("CREATE TABLE rf3.failover_reading (bucket int, seq int, payload text, PRIMARY KEY (bucket, seq))");
        SchemaAgreement.await(admin, Duration.ofSeconds(30));
      }
      try (CqlSession session = cluster.sessionBuilder().withKeyspace("rf3").build()) {
        EntityOperations<Reading> readings = Coodie.create(session).entity(Reading.class)
            .consistency(ConsistencyLevel.QUORUM);
        ConcurrentLinkedQueue<Integer> acknowledged = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger phase = new AtomicInteger();
        AtomicInteger acknowledgedWhileDown = new AtomicInteger();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
          int seq = 0;
          while (running.get()) {
            try {
              readings.insert(new Reading(seq % 10, seq, "p" + seq));
              acknowledged.add(seq);
              if (phase.get() == 1) {
                acknowledgedWhileDown.incrementAndGet();
              }
            } catch (RuntimeException e) {
              failures.add(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
            seq++;
          }
        }, "quorum-writer");
        writer.start();
        Thread.sleep(1_000);
        cluster.node(2).kill();
        phase.set(1);
        Thread.sleep(5_000);
        phase.set(2);
        cluster.node(2).start();
        Thread.sleep(2_000);
        running.set(false);
        writer.join();

        Set<Integer> read = new HashSet<>();
        for (int bucket = 0; bucket < 10; bucket++) {
          readings.consistency(ConsistencyLevel.ALL).query().where("bucket").eq(bucket).list()
              .forEach(r -> read.add(r.seq()));
        }
        System.out.printf("Failover: %d writes acknowledged (%d while the node was down), %d failed, %d read back"
            + " at ALL%n", acknowledged.size(), acknowledgedWhileDown.get(), failures.size(), read.size());
        failures.stream().distinct().limit(5).forEach(f -> System.out.println("  failure: " + f));
        assertThat(acknowledgedWhileDown.get()).as("the writer kept going with a replica down").isGreaterThan(50);
        assertThat(read).as("every acknowledged write is there").containsAll(acknowledged);
        assertThat(failures.size()).as("failed writes, out of %d", acknowledged.size() + failures.size())
            .isLessThan(Math.max(1, acknowledged.size() / 50));
      }
    }
  }
}
