package io.coodie.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report generator, on a small JMH JSON result (no benchmark runs here). */
class ReportTest {

  private static Report sample() throws IOException {
    try (InputStream in = ReportTest.class.getResourceAsStream("/jmh-sample.json")) {
      return Report.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static String render() throws IOException {
    return sample().render(new Report.RunInfo(Map.of("started", "2026-01-01T00:00:00Z", "cassandra", "5.0.6")),
        new SystemInfo("Test CPU", "2", "24.0 GiB", "Linux", Map.of("Spring Boot", "4.0.7")));
  }

  @Test
  void parsesScoresIterationsAndAllocation() throws IOException {
    Report report = sample();
    Report.Result raw = report.find("RawDriverBenchmark", "getByKey").orElseThrow();
    assertThat(raw.score()).isEqualTo(2000.0);
    assertThat(raw.iterations()).containsExactly(1880.0, 2000.0, 2120.0, 2000.0);
    assertThat(raw.allocPerOp()).isEqualTo(6000.0);
    assertThat(raw.spreadPercent()).isCloseTo(6.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void tablesShowRatiosToTheRawDriverInWorkloadAndVariantOrder() throws IOException {
    String md = render();
    assertThat(md).contains("| Workload | raw driver | coodie-core | Spring Data Cassandra |");
    assertThat(md).contains("| get by primary key | 2,000 ±6% | 1,900 ±0% (0.95x) | 1,000 ±0% (0.50x) |");
    assertThat(md).contains("| get by primary key | 6,000 | 6,600 (1.10x) | 16,000 (2.67x) |");
    assertThat(md.indexOf("| get by primary key")).isLessThan(md.indexOf("| read a 100-row partition"));
  }

  @Test
  void targetsSayWhetherAndByHowMuchTheyAreMissed() throws IOException {
    String md = render();
    assertThat(md).contains("| ≥ 0.95x raw | get by primary key | 0.95x | met, within the noise (±6%) |");
    assertThat(md).contains("| ≥ 0.95x raw | read a 100-row partition | 0.83x | **missed** by 11.7 points"
        + " (coodie 17% slower than raw) |");
    assertThat(md).contains("| ≥ 0.80x raw | mapping only: 100 rows to entities | 0.23x | **missed** by 56.7 points"
        + " (coodie 77% slower than raw)");
    // interleaved: the A/A ratio's distance from 1 is the resolution
    assertThat(md).contains("| ≥ 0.95x raw | insert one entity (interleaved) | 0.95x (A/A 0.99x) |"
        + " met, within the noise (±1%) |");
    assertThat(md).contains("| calling-thread CPU per operation ≤ 1.10x raw | insert one entity (interleaved) |"
        + " 1.30x (39.0 against 30.0 µs; A/A 1.03x) | **missed** by 20.0 points (coodie uses 30% more CPU than raw) |");
    assertThat(md).contains("| ≥ 0.95x raw | insert one entity, 64 async requests in flight | 0.90x (A/A 0.99x) |"
        + " **missed** by 5.0 points (coodie 10% slower than raw) |");
    assertThat(md).contains("flat from 1k to 100k rows (10k and 100k ≤ 1.10x the 1k cost) | tracked stream |"
        + " 1,000 / 1,020 / 1,050 ns/row (1.05x) | met |");
    assertThat(md).contains("| heap bounded (live heap after 100k rows ≤ after 10k rows + 8.0 MiB) | tracked stream |"
        + " 24.0 MiB → 26.0 MiB | met |");
  }

  @Test
  void interleavedPartsFillTheThroughputTableAndTheirOwnTable() throws IOException {
    String md = render();
    // 1 / mean latency, with the empty part's 1 µs subtracted: 400 and 420 µs; the A/A part is not a column
    assertThat(md).contains("| insert one entity † | 2,500 ±0% | 2,381 ±0% (0.95x) | n/a |");
    assertThat(md).contains("| insert one entity † | 5,000 | 6,000 (1.20x) | n/a |");
    assertThat(md).contains("(an empty part: 1.00 µs wall, 2.00 µs CPU) is subtracted");
    assertThat(md).contains("| insert one entity | raw driver | 400 | 2,500 | 1.00x | 30.0 | 1.00x | 5,000 | 2.00 |");
    assertThat(md).contains("| insert one entity | coodie-core | 420 | 2,381 | 0.95x ±0% | 39.0 | 1.30x ±0% | 6,000 | 3.00 |");
    assertThat(md).contains("| insert one entity | raw driver again (A/A) | 404 | 2,475 | 0.99x ±0% | 31.0 | 1.03x ±0% |");
    assertThat(md).contains("| `InterleavedBenchmark.insert [coodie]` | 2,381 | n/a | ops/s | 2,381, 2,381 | 6,000 | 6.00 |");
  }

  @Test
  void concurrentAndStreamTables() throws IOException {
    String md = render();
    assertThat(md).contains("| insert one entity, 64 async requests in flight | 3,000 ±0% | 2,700 (0.90x ±0%) |"
        + " 2,970 (0.99x ±0%) | 100 | 120 (1.20x) | 1.00 | 2.22 |");
    assertThat(md).contains("| 1,000 | 2,000 | 3,000 (1.50x) | 500 | 1,000 (2.00x) | 1,600 | 0.00 | 0.00 |");
    assertThat(md).contains("| 100,000 | 2,000 | 3,000 (1.50x) | 500 | 1,000 (2.00x) | 1,600 | 0.00 | 5.00 |");
    assertThat(md).contains("| coodie-core, tracked stream | 20.0 MiB | 22.0 MiB | 24.0 MiB | 26.0 MiB | 21.0 MiB |");
    assertThat(md).contains("| raw driver, `ResultSet` | n/a | n/a | n/a | 21.0 MiB | n/a |");
  }

  @Test
  void machineVersionsAndSettingsAreStated() throws IOException {
    String md = render();
    assertThat(md).contains("| CPU | Test CPU |", "| Cores (`nproc`) | 2 |", "| Memory | 24.0 GiB |");
    assertThat(md).contains("| Cassandra | 5.0.6", "| Spring Boot | 4.0.7 |", "JDK 17.0.15");
    assertThat(md).contains("| getByKey, readPartition100 | thrpt | 1 | 1 | 2 x 4 s | 4 x 3 s | `-Xms1g -Xmx1g` |");
    assertThat(md).contains("| mapRead100 | thrpt | 1 | 1 | 2 x 2 s | 3 x 2 s |");
    assertThat(md).contains("| InterleavedBenchmark.insert | thrpt | 1 | 1 | 2 x 3 s | 2 x 3 s |");
    assertThat(md).doesNotContain("contact-point");
  }

  @Test
  void handWrittenNotesSurviveARerender() {
    String existing = "# Title\n\nintro\n\n" + Report.BEGIN + "\nold\n" + Report.END + "\n\n## Analysis\n\nnotes\n";
    String merged = Report.merge(Report.BEGIN + "\nnew\n" + Report.END + "\n", existing, "HEAD", "TAIL");
    assertThat(merged).isEqualTo("# Title\n\nintro\n\n" + Report.BEGIN + "\nnew\n" + Report.END + "\n\n## Analysis\n\nnotes\n");
    assertThat(Report.merge("G", null, "HEAD", "TAIL")).isEqualTo("HEADGTAIL");
  }

  @Test
  void versionsComeFromTheDependencyList() {
    String list = """
        The following files have been resolved:
           org.apache.cassandra:java-driver-core:jar:4.19.3:compile -- module com.datastax.oss.driver.core
           org.springframework.data:spring-data-cassandra:jar:5.0.6:compile -- module spring.data.cassandra
           com.github.jnr:jffi:jar:native:1.3.9:runtime
        """;
    Map<String, String> versions = SystemInfo.versions(list);
    assertThat(versions).containsEntry("Cassandra Java driver", "4.19.3")
        .containsEntry("Spring Data Cassandra", "5.0.6")
        .containsEntry("JMH", "unknown");
  }
}
