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
    assertThat(md).contains("| get by primary key | 0.95x | met, within the noise (±6%) | 1.90x | met |");
    assertThat(md).contains("| read a 100-row partition | 0.83x | **missed** by 6.7 points (coodie 17% slower than raw)"
        + " | 0.96x | **missed** (coodie 4% slower) |");
    assertThat(md).contains("| mapping only: 100 rows to entities | 0.23x | **missed** by 66.7 points");
  }

  @Test
  void machineVersionsAndSettingsAreStated() throws IOException {
    String md = render();
    assertThat(md).contains("| CPU | Test CPU |", "| Cores (`nproc`) | 2 |", "| Memory | 24.0 GiB |");
    assertThat(md).contains("| Cassandra | 5.0.6", "| Spring Boot | 4.0.7 |", "JDK 17.0.15");
    assertThat(md).contains("| getByKey, readPartition100 | thrpt | 1 | 1 | 2 x 4 s | 4 x 3 s | `-Xms1g -Xmx1g` |");
    assertThat(md).contains("| mapRead100 | thrpt | 1 | 1 | 2 x 2 s | 3 x 2 s |");
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
