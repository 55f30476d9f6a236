package io.coodie.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders {@code docs/benchmarks.md} from JMH's JSON result: tables of throughput and allocation per operation with
 * their ratio to the raw driver, the targets, the machine, the versions and the JMH settings.
 *
 * <p>The document has a generated part between {@link #BEGIN} and {@link #END}; whatever an existing document holds
 * after {@link #END} (the analysis, written by hand) is kept when the results are rendered again.
 */
public final class Report {

  static final String BEGIN = "<!-- BEGIN GENERATED: rewritten by io.coodie.benchmarks.BenchmarkRunner -->";
  static final String END = "<!-- END GENERATED: hand-written notes below are kept across runs -->";

  /** Benchmark classes, in table column order, and their display names. The first is the baseline. */
  static final Map<String, String> VARIANTS = new LinkedHashMap<>();
  /** Benchmark methods, in table row order, and their display names. */
  static final Map<String, String> WORKLOADS = new LinkedHashMap<>();

  static {
    VARIANTS.put("RawDriverBenchmark", "raw driver");
    VARIANTS.put("CoodieBenchmark", "coodie-core");
    VARIANTS.put("CoodieUntrackedBenchmark", "coodie-core, untracked query");
    VARIANTS.put("CoodieRepositoryBenchmark", "coodie repository");
    VARIANTS.put("SpringDataBenchmark", "Spring Data Cassandra");
    VARIANTS.put("DriverMapperBenchmark", "driver mapper");
    WORKLOADS.put("insert", "insert one entity");
    WORKLOADS.put("getByKey", "get by primary key");
    WORKLOADS.put("readPartition100", "read a 100-row partition");
    WORKLOADS.put("updateOneField", "update one changed field of a loaded entity");
    WORKLOADS.put("conditionalUpdate", "conditional update (LWT)");
    WORKLOADS.put("batchInsert50", "logged batch of 50 inserts");
    WORKLOADS.put("mapInsert", "mapping only: insert (entity to bound statement)");
    WORKLOADS.put("mapRead100", "mapping only: 100 rows to entities");
  }

  static final String BASELINE = "RawDriverBenchmark";
  static final String COODIE = "CoodieBenchmark";
  static final String SPRING = "SpringDataBenchmark";
  /** coodie-core must reach this fraction of the raw driver's throughput. */
  static final double RAW_TARGET = 0.90;

  /** One benchmark's result. */
  record Result(String variant, String workload, double score, double error, String unit, List<Double> iterations,
      Double allocPerOp, JsonNode raw) {

    /** Half the range of the measured iterations, in % of the score. */
    double spreadPercent() {
      if (iterations.size() < 2 || score == 0) {
        return 0;
      }
      double min = iterations.stream().mapToDouble(Double::doubleValue).min().orElse(score);
      double max = iterations.stream().mapToDouble(Double::doubleValue).max().orElse(score);
      return (max - min) / 2 / score * 100;
    }
  }

  /** Facts about the run that JMH's JSON does not hold. */
  record RunInfo(Map<String, String> values) {
    String get(String key) {
      return values.getOrDefault(key, "unknown");
    }
  }

  private final List<Result> results;

  Report(List<Result> results) {
    this.results = results;
  }

  /** Parses JMH's JSON result format. */
  static Report parse(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<Result> results = new ArrayList<>();
    for (JsonNode b : root) {
      String name = b.path("benchmark").asText();
      String[] parts = name.split("\\.");
      String variant = parts[parts.length - 2];
      String workload = parts[parts.length - 1];
      JsonNode primary = b.path("primaryMetric");
      List<Double> iterations = new ArrayList<>();
      for (JsonNode fork : primary.path("rawData")) {
        for (JsonNode value : fork) {
          iterations.add(value.asDouble());
        }
      }
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      results.add(new Result(variant, workload, primary.path("score").asDouble(),
          primary.path("scoreError").asDouble(), primary.path("scoreUnit").asText(), iterations,
          alloc.isMissingNode() ? null : alloc.path("score").asDouble(), b));
    }
    return new Report(results);
  }

  static Report read(Path json) throws IOException {
    return parse(Files.readString(json));
  }

  List<Result> results() {
    return results;
  }

  Optional<Result> find(String variant, String workload) {
    return results.stream().filter(r -> r.variant.equals(variant) && r.workload.equals(workload)).findFirst();
  }

  private List<String> variants() {
    List<String> present = new ArrayList<>();
    for (String v : VARIANTS.keySet()) {
      if (results.stream().anyMatch(r -> r.variant.equals(v))) {
        present.add(v);
      }
    }
    results.stream().map(Result::variant).distinct().filter(v -> !present.contains(v)).forEach(present::add);
    return present;
  }

  private List<String> workloads() {
    List<String> present = new ArrayList<>();
    for (String w : WORKLOADS.keySet()) {
      if (results.stream().anyMatch(r -> r.workload.equals(w))) {
        present.add(w);
      }
    }
    results.stream().map(Result::workload).distinct().filter(w -> !present.contains(w)).forEach(present::add);
    return present;
  }

  static String variantName(String variant) {
    return VARIANTS.getOrDefault(variant, variant);
  }

  static String workloadName(String workload) {
    return WORKLOADS.getOrDefault(workload, workload);
  }

  /** The generated part of the document. */
  String render(RunInfo run, SystemInfo system) {
    StringBuilder md = new StringBuilder();
    List<String> variants = variants();
    List<String> workloads = workloads();
    md.append(BEGIN).append("\n\n");
    md.append("Run of ").append(run.get("started")).append(", ").append(run.get("duration"))
        .append(" in total (node start, data set-up, server warm-up, JMH), on commit `").append(run.get("commit"))
        .append("`. Server warm-up before the first benchmark: ").append(run.get("serverWarmup")).append(".\n\n");

    md.append("## Throughput\n\n");
    md.append("Operations per second (higher is better), one thread, with the ratio to the raw driver in brackets. ")
        .append("± is half the range of the measured iterations, in % of the score.\n\n");
    table(md, variants, workloads, r -> fmt(r.score) + " ±" + pct(r.spreadPercent()), Result::score);

    md.append("\n## Allocation per operation\n\n");
    md.append("Bytes allocated per operation (`-prof gc`, `gc.alloc.rate.norm`: every thread of the benchmark JVM, ")
        .append("so the driver's I/O threads are included; lower is better), with the ratio to the raw driver.\n\n");
    table(md, variants, workloads, r -> r.allocPerOp == null ? "n/a" : fmt(r.allocPerOp),
        r -> r.allocPerOp == null ? Double.NaN : r.allocPerOp);

    md.append("\n## Targets\n\n");
    md.append("coodie-core should reach at least ").append(pct(RAW_TARGET * 100))
        .append(" of the raw driver's throughput on every workload, and be ahead of Spring Data Cassandra. A verdict")
        .append(" is marked *within the noise* when the ratio is closer to the threshold than the larger iteration")
        .append(" spread of the two results.\n\n");
    md.append("| Workload | coodie / raw | within 10% of raw | coodie / Spring Data | ahead of Spring Data |\n");
    md.append("|---|---:|---|---:|---|\n");
    for (String w : workloads) {
      Optional<Result> coodie = find(COODIE, w);
      if (coodie.isEmpty()) {
        continue;
      }
      md.append("| ").append(workloadName(w)).append(" | ");
      Optional<Result> raw = find(BASELINE, w);
      if (raw.isPresent()) {
        double ratio = coodie.get().score / raw.get().score;
        md.append(ratio(ratio)).append(" | ");
        md.append(ratio >= RAW_TARGET ? "met" : "**missed** by " + points(RAW_TARGET - ratio)
            + " (coodie " + pct((1 - ratio) * 100) + " slower than raw)");
        md.append(noise(ratio, RAW_TARGET, coodie.get(), raw.get()));
      } else {
        md.append("n/a | n/a");
      }
      md.append(" | ");
      Optional<Result> spring = find(SPRING, w);
      if (spring.isPresent()) {
        double ratio = coodie.get().score / spring.get().score;
        md.append(ratio(ratio)).append(" | ");
        md.append(ratio > 1 ? "met" : "**missed** (coodie " + pct((1 - ratio) * 100) + " slower)");
        md.append(noise(ratio, 1, coodie.get(), spring.get()));
      } else {
        md.append("n/a | n/a");
      }
      md.append(" |\n");
    }

    md.append("\n## All results\n\n");
    md.append("GC time is the total of the benchmark JVM's collection pauses during the measured iterations.\n\n");
    md.append("| Benchmark | Score | JMH error (99.9%) | Unit | Iterations | B/op | GC time (ms) |\n");
    md.append("|---|---:|---:|---|---|---:|---:|\n");
    for (String w : workloads) {
      for (String v : variants) {
        find(v, w).ifPresent(r -> md.append("| `").append(v).append('.').append(w).append("` | ")
            .append(fmt(r.score)).append(" | ").append(fmt(r.error)).append(" | ").append(r.unit).append(" | ")
            .append(r.iterations.stream().map(Report::fmt).collect(Collectors.joining(", "))).append(" | ")
            .append(r.allocPerOp == null ? "n/a" : fmt(r.allocPerOp)).append(" | ")
            .append(r.raw.path("secondaryMetrics").has("gc.time")
                ? fmt(r.raw.path("secondaryMetrics").path("gc.time").path("score").asDouble()) : "0")
            .append(" |\n"));
      }
    }

    md.append("\n## Machine\n\n");
    md.append("| | |\n|---|---|\n");
    md.append("| CPU | ").append(system.cpuModel()).append(" |\n");
    md.append("| Cores (`nproc`) | ").append(system.cores()).append(" |\n");
    md.append("| Memory | ").append(system.memory()).append(" |\n");
    md.append("| OS | ").append(system.os()).append(" |\n");
    md.append("| Load average (1 / 5 / 15 min) | ").append(run.get("loadStart")).append(" at the start, ")
        .append(run.get("loadEnd")).append(" at the end |\n");
    md.append("\nThe Cassandra node runs on the same machine and the same cores as the benchmark JVM. A load average")
        .append(" above about 1 at the start means other processes were competing for the 2 cores.\n");

    md.append("\n## Versions\n\n");
    md.append("| | |\n|---|---|\n");
    JsonNode any = results.isEmpty() ? null : results.get(0).raw;
    md.append("| JDK (benchmark JVM) | ").append(any == null ? System.getProperty("java.version")
        : any.path("vmName").asText() + " " + any.path("vmVersion").asText() + " (JDK " + any.path("jdkVersion")
            .asText() + ")").append(" |\n");
    md.append("| Cassandra | ").append(run.get("cassandra")).append(" (one node, `EmbeddedCassandra`) |\n");
    for (Map.Entry<String, String> v : system.versions().entrySet()) {
      md.append("| ").append(v.getKey()).append(" | ").append(v.getValue()).append(" |\n");
    }

    md.append("\n## JMH settings\n\n");
    md.append("| Benchmarks | Mode | Threads | Forks | Warm-up | Measurement | Fork JVM options |\n");
    md.append("|---|---|---:|---:|---|---|---|\n");
    Map<String, List<Result>> bySettings = new LinkedHashMap<>();
    for (Result r : results) {
      JsonNode b = r.raw;
      String key = b.path("mode").asText() + "|" + b.path("threads").asInt() + "|" + b.path("forks").asInt() + "|"
          + b.path("warmupIterations").asInt() + " x " + b.path("warmupTime").asText() + "|"
          + b.path("measurementIterations").asInt() + " x " + b.path("measurementTime").asText() + "|"
          + jvmArgs(b);
      bySettings.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, List<Result>> e : bySettings.entrySet()) {
      String names = e.getValue().stream().map(Result::workload).distinct().collect(Collectors.joining(", "));
      String[] s = e.getKey().split("\\|", -1);
      md.append("| ").append(names).append(" | ").append(s[0]).append(" | ").append(s[1]).append(" | ")
          .append(s[2]).append(" | ").append(s[3]).append(" | ").append(s[4]).append(" | `").append(s[5])
          .append("` |\n");
    }
    md.append("\nProfiler: `").append(run.get("profilers")).append("`. Runner arguments: `")
        .append(run.get("arguments")).append("`.\n\n");
    md.append(END).append("\n");
    return md.toString();
  }

  /**
   * A warning when the verdict is within the measurement noise: the ratio is closer to the threshold than the larger
   * iteration spread of the two results.
   */
  static String noise(double ratio, double threshold, Result a, Result b) {
    double spread = Math.max(a.spreadPercent(), b.spreadPercent());
    return Math.abs(ratio - threshold) * 100 < spread ? ", within the noise (±" + pct(spread) + ")" : "";
  }

  private static String jvmArgs(JsonNode b) {
    List<String> args = new ArrayList<>();
    for (JsonNode a : b.path("jvmArgs")) {
      String arg = a.asText();
      if (!arg.startsWith("-D" + BenchSession.CONTACT_POINT)) {
        args.add(arg);
      }
    }
    return String.join(" ", args);
  }

  private void table(StringBuilder md, List<String> variants, List<String> workloads,
      java.util.function.Function<Result, String> cell, java.util.function.ToDoubleFunction<Result> value) {
    md.append("| Workload |");
    variants.forEach(v -> md.append(' ').append(variantName(v)).append(" |"));
    md.append("\n|---|");
    variants.forEach(v -> md.append("---:|"));
    md.append('\n');
    for (String w : workloads) {
      md.append("| ").append(workloadName(w)).append(" |");
      Optional<Result> baseline = find(BASELINE, w);
      for (String v : variants) {
        Optional<Result> r = find(v, w);
        md.append(' ');
        if (r.isEmpty()) {
          md.append("n/a");
        } else {
          md.append(cell.apply(r.get()));
          if (!v.equals(BASELINE) && baseline.isPresent()) {
            double base = value.applyAsDouble(baseline.get());
            double mine = value.applyAsDouble(r.get());
            if (!Double.isNaN(base) && !Double.isNaN(mine) && base != 0) {
              md.append(" (").append(ratio(mine / base)).append(')');
            }
          }
        }
        md.append(" |");
      }
      md.append('\n');
    }
  }

  /** The whole document: the generated part, and the hand-written part of {@code existing} (if any). */
  static String merge(String generated, String existing, String defaultHead, String defaultTail) {
    if (existing == null || !existing.contains(BEGIN) || !existing.contains(END)) {
      return defaultHead + generated + defaultTail;
    }
    String head = existing.substring(0, existing.indexOf(BEGIN));
    String tail = existing.substring(existing.indexOf(END) + END.length());
    if (tail.startsWith("\n")) {
      tail = tail.substring(1);
    }
    return head + generated + tail;
  }

  static String fmt(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    if (Math.abs(value) >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    if (Math.abs(value) >= 10) {
      return String.format(Locale.ROOT, "%.1f", value);
    }
    return String.format(Locale.ROOT, "%.2f", value);
  }

  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2fx", value);
  }

  static String pct(double value) {
    return String.format(Locale.ROOT, "%.0f%%", value);
  }

  /** A difference of two ratios, in percentage points of the raw driver's throughput. */
  static String points(double fraction) {
    return String.format(Locale.ROOT, "%.1f points", fraction * 100);
  }
}
