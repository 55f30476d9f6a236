package io.coodie.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.coodie.test.CassandraTest;
import io.coodie.test.TestCassandra;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A token-range backfill over 100,000 rows ({@code -Dcoodie.it.backfill.rows=n} to change) in a child JVM with a
 * 64 MB heap. The rows carry ~70 MB of payload, which the migration reads: more than the child's whole heap, so it
 * cannot have held the table in memory, and it completes (no OutOfMemoryError). Every row is consumed once and
 * backfilled with the right value.
 */
@CassandraTest
class LargeBackfillIT {

  private static final int ROWS = Integer.getInteger("coodie.it.backfill.rows", 100_000);
  private static final Pattern RESULT = Pattern.compile("RESULT rows=(\\d+) distinct=(\\d+) duplicates=(\\d+)"
      + " bytes=(\\d+) peakHeap=(\\d+) maxHeap=(\\d+)");

  @TempDir Path root;

  static int payloadLength(int id) {
    return 600 + id % 200;
  }

  @Test
  void backfillsEveryRowOnceInASmallHeap(TestCassandra cassandra, CqlSession admin) throws Exception {
    try (Sandbox box = new Sandbox(cassandra, admin, root, "large")) {
      box.write("V1__events.cql",
          "CREATE TABLE ${keyspace}.events (id int PRIMARY KEY, payload text, payload_length int);");
      box.migrator().build().migrate();

      long start = System.nanoTime();
      write(box.session, ROWS);
      long writeMillis = (System.nanoTime() - start) / 1_000_000;

      InetSocketAddress node = cassandra.contactPoints().get(0);
      String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
      Path log = root.resolve("child.log");
      Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx64m", "-XX:+UseSerialGC", "-cp", classpath, BackfillChild.class.getName(), node.getHostString(),
          String.valueOf(node.getPort()), cassandra.localDatacenter(), box.keyspace, box.dir.toString())
          .redirectErrorStream(true).redirectOutput(log.toFile()).start();
      long scanStart = System.nanoTime();
      boolean exited;
      try {
        exited = child.waitFor(3, TimeUnit.MINUTES);
      } finally {
        child.destroyForcibly();
      }
      long scanMillis = (System.nanoTime() - scanStart) / 1_000_000;
      String output = Files.readString(log);
      assertThat(exited).as("child exited in time:\n" + tail(output)).isTrue();
      assertThat(child.exitValue()).as("child exit code:\n" + tail(output)).isZero();
      Matcher m = RESULT.matcher(output);
      assertThat(m.find()).as(tail(output)).isTrue();
      long rows = Long.parseLong(m.group(1));
      long bytes = Long.parseLong(m.group(4));
      long peakHeap = Long.parseLong(m.group(5));
      long maxHeap = Long.parseLong(m.group(6));
      System.out.printf("LargeBackfillIT: wrote %,d rows in %,d ms; child backfilled %,d rows (%,d payload bytes"
          + " read) in %,d ms with peak used heap %,d of max %,d%n", ROWS, writeMillis, rows, bytes, scanMillis,
          peakHeap, maxHeap);

      assertThat(maxHeap).as("the child's heap is small").isLessThanOrEqualTo(64L * 1024 * 1024);
      assertThat(rows).as("every row consumed").isEqualTo(ROWS);
      assertThat(Long.parseLong(m.group(2))).as("distinct ids").isEqualTo(ROWS);
      assertThat(Long.parseLong(m.group(3))).as("rows consumed twice").isZero();
      if (ROWS >= 100_000) {
        assertThat(bytes).as("the payload read exceeds the child's whole heap").isGreaterThan(maxHeap);
      }
      assertThat(box.history().get("2").getBool("success")).isTrue();
      assertThat(box.history().get("2").getString("installed_by")).isEqualTo("child@ci");

      // every row backfilled with its own value (read back by token ranges, in this JVM)
      AtomicLong backfilled = new AtomicLong();
      AtomicLong wrong = new AtomicLong();
      TokenRangeScan.of(box.session, box.keyspace, "events").columns(List.of("id", "payload_length"))
          .pageSize(5000).run(row -> {
            Integer length = row.row().get("payload_length", Integer.class);
            if (length != null && length == payloadLength(row.row().getInt("id"))) {
              backfilled.incrementAndGet();
            } else {
              wrong.incrementAndGet();
            }
          });
      assertThat(wrong).hasValue(0);
      assertThat(backfilled).hasValue(ROWS);
    }
  }

  /** Async inserts, at most 256 in flight. */
  private static void write(CqlSession session, int count) throws InterruptedException {
    PreparedStatement insert = session.prepare("INSERT INTO events (id, payload) VALUES (?, ?)");
    Semaphore inFlight = new Semaphore(256);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    String filler = "x".repeat(800);
    for (int i = 0; i < count && failure.get() == null; i++) {
      inFlight.acquire();
      String payload = (i + ":" + filler).substring(0, payloadLength(i));
      session.executeAsync(insert.bind(i, payload)).whenComplete((r, e) -> {
        if (e != null) {
          failure.compareAndSet(null, e);
        }
        inFlight.release();
      });
    }
    inFlight.acquire(256);
    assertThat(failure.get()).isNull();
  }

  private static String tail(String output) {
    List<String> lines = output.lines().toList();
    return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream().collect(Collectors.joining("\n"));
  }
}
