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
    VARIANTS.put("CoodieStatefulBenchmark", "coodie-core, TrackingState field");
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

  /** The concurrent workloads ({@link ConcurrentBenchmark} methods), in table row order. */
  static final Map<String, String> CONCURRENT = new LinkedHashMap<>();

  static {
    CONCURRENT.put("insertAsync64", "insert one entity, 64 async requests in flight");
    CONCURRENT.put("getAsync64", "get by primary key, 64 async requests in flight");
    CONCURRENT.put("readPartitionAsync64", "read a 100-row partition, 64 async requests in flight");
    CONCURRENT.put("insertSync8", "insert one entity, 8 synchronous threads");
    CONCURRENT.put("getSync8", "get by primary key, 8 synchronous threads");
    CONCURRENT.put("readPartitionSync8", "read a 100-row partition, 8 synchronous threads");
  }

  static final String BASELINE = "RawDriverBenchmark";
  static final String COODIE = "CoodieBenchmark";
  static final String SPRING = "SpringDataBenchmark";

  /** Benchmark classes whose results are counters of several variants, rendered in their own tables. */
  static final String INTERLEAVED = "InterleavedBenchmark";
  static final String CONCURRENT_CLASS = "ConcurrentBenchmark";
  static final String STREAM = "StreamBenchmark";

  /** Counter prefixes of {@link InterleavedBenchmark}'s parts, in table row order, and the variant each measures. */
  static final Map<String, String> PARTS = new LinkedHashMap<>();

  static {
    PARTS.put("raw", "RawDriverBenchmark");
    PARTS.put("coodie", "CoodieBenchmark");
    PARTS.put("raw2", "raw driver again (A/A)");
    PARTS.put("untracked", "CoodieUntrackedBenchmark");
    PARTS.put("stateful", "CoodieStatefulBenchmark");
    PARTS.put("repository", "CoodieRepositoryBenchmark");
    PARTS.put("spring", "SpringDataBenchmark");
    PARTS.put("mapper", "DriverMapperBenchmark");
  }

  static final String MAPPER = "DriverMapperBenchmark";
  /** Targets, with tracking on (issue 20). */
  static final double MAP_READ_TARGET = 0.80;
  static final double MAP_INSERT_TARGET = 0.90;
  static final double NETWORK_TARGET = 0.95;
  static final double CPU_TARGET = 1.10;
  /** A tracked stream's cost per row at 10k and 100k rows may exceed its cost at 1k rows by this factor. */
  static final double FLAT_TARGET = 1.10;
  /** A tracked stream's live heap after 100k rows may exceed that after 10k rows by this much. */
  static final long HEAP_SLACK = 8L << 20;
  static final String[] STREAM_SIZES = {"1k", "10k", "100k"};
  static final int[] STREAM_ROWS = {1_000, 10_000, 100_000};

  /**
   * One benchmark's result, or one variant's part of an interleaved benchmark ({@code source} names it; its
   * allocation is then the calling thread's, its GC time the pauses that fell into the part).
   */
  record Result(String variant, String workload, double score, double error, String unit, List<Double> iterations,
      Double allocPerOp, JsonNode raw, String source, double gcMs) {

    boolean interleaved() {
      return source.startsWith(INTERLEAVED + ".");
    }

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

  /**
   * Per-operation figures of one part (variant) of a counter benchmark: the means over all measured iterations,
   * with the empty part's cost (the measurement's own) subtracted, and the same per iteration.
   */
  record Part(double ops, double nsPerOp, double cpuNsPerOp, double allocPerOp, double gcMs, List<Double> nsIter,
      List<Double> cpuIter) {

    double opsPerSecond() {
      return 1e9 / nsPerOp;
    }

    /** Operations per second in each iteration. */
    List<Double> opsPerSecondIter() {
      return nsIter.stream().map(ns -> 1e9 / ns).toList();
    }
  }

  private final List<Result> results;
  private final List<JsonNode> benchmarks;

  Report(List<Result> results, List<JsonNode> benchmarks) {
    this.results = results;
    this.benchmarks = benchmarks;
  }

  /** Parses JMH's JSON result format. */
  static Report parse(String json) throws IOException {
    JsonNode root = new ObjectMapper().readTree(json);
    List<Result> results = new ArrayList<>();
    List<JsonNode> benchmarks = new ArrayList<>();
    for (JsonNode b : root) {
      benchmarks.add(b);
      String name = b.path("benchmark").asText();
      String[] parts = name.split("\\.");
      String variant = parts[parts.length - 2];
      String workload = parts[parts.length - 1];
      String source = variant + "." + workload;
      if (variant.equals(INTERLEAVED)) {
        for (Map.Entry<String, String> p : PARTS.entrySet()) {
          Part part = part(b, p.getKey(), "Ops");
          if (part != null && !p.getKey().equals("raw2")) {
            results.add(new Result(p.getValue(), workload, part.opsPerSecond(), Double.NaN, "ops/s",
                part.opsPerSecondIter(), part.allocPerOp(), b, source + " [" + p.getKey() + "]", part.gcMs()));
          }
        }
        continue;
      }
      if (variant.equals(CONCURRENT_CLASS) || variant.equals(STREAM)) {
        continue;
      }
      JsonNode primary = b.path("primaryMetric");
      List<Double> iterations = new ArrayList<>();
      for (JsonNode fork : primary.path("rawData")) {
        for (JsonNode value : fork) {
          iterations.add(value.asDouble());
        }
      }
      JsonNode alloc = b.path("secondaryMetrics").path("gc.alloc.rate.norm");
      JsonNode gc = b.path("secondaryMetrics").path("gc.time");
      results.add(new Result(variant, workload, primary.path("score").asDouble(),
          primary.path("scoreError").asDouble(), primary.path("scoreUnit").asText(), iterations,
          alloc.isMissingNode() ? null : alloc.path("score").asDouble(), b, source,
          gc.isMissingNode() ? 0 : gc.path("score").asDouble()));
    }
    return new Report(results, benchmarks);
  }

  /** A counter (JMH secondary metric) summed over the measured iterations; NaN if absent. */
  static double counter(JsonNode b, String name) {
    JsonNode m = b.path("secondaryMetrics").path(name);
    return m.isMissingNode() ? Double.NaN : m.path("score").asDouble();
  }

  /** A counter in each measured iteration. */
  static List<Double> counterIter(JsonNode b, String name) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : b.path("secondaryMetrics").path(name).path("rawData")) {
      for (JsonNode value : fork) {
        values.add(value.asDouble());
      }
    }
    return values;
  }

  /**
   * Part {@code prefix} of counter benchmark {@code b} ({@code opsName}: "Ops", or "Rows" for streams), or null if
   * it did not run. The empty part's cost per operation, if measured, is subtracted.
   */
  /** The raw driver's, coodie-core's and the raw driver again's (A/A) parts of a benchmark. */
  record AaParts(Part raw, Part coodie, Part rawAgain) {}

  /** The three parts of {@code workload} of {@code benchmarkClass}, if it ran and reported all three. */
  private Optional<AaParts> aaParts(String benchmarkClass, String workload) {
    return benchmark(benchmarkClass, workload).flatMap(b -> {
      Part r = part(b, "raw", "Ops");
      Part c = part(b, "coodie", "Ops");
      Part aa = part(b, "raw2", "Ops");
      return r == null || c == null || aa == null ? Optional.empty() : Optional.of(new AaParts(r, c, aa));
    });
  }

  static Part part(JsonNode b, String prefix, String opsName) {
    double ops = counter(b, prefix + opsName);
    if (!(ops > 0)) {
      return null;
    }
    double emptyOps = counter(b, "empty" + opsName);
    boolean empty = emptyOps > 0;
    double eNs = empty ? counter(b, "emptyNs") / emptyOps : 0;
    double eCpu = empty ? counter(b, "emptyCpuNs") / emptyOps : 0;
    double eAlloc = empty ? counter(b, "emptyAllocB") / emptyOps : 0;
    List<Double> opsIter = counterIter(b, prefix + opsName);
    List<Double> nsIter = counterIter(b, prefix + "Ns");
    List<Double> cpuIter = counterIter(b, prefix + "CpuNs");
    List<Double> eOpsIter = counterIter(b, "empty" + opsName);
    List<Double> eNsIter = counterIter(b, "emptyNs");
    List<Double> eCpuIter = counterIter(b, "emptyCpuNs");
    List<Double> nsPerOp = new ArrayList<>();
    List<Double> cpuPerOp = new ArrayList<>();
    for (int i = 0; i < opsIter.size() && i < nsIter.size(); i++) {
      if (opsIter.get(i) > 0) {
        boolean e = empty && i < eOpsIter.size() && eOpsIter.get(i) > 0;
        nsPerOp.add(nsIter.get(i) / opsIter.get(i) - (e ? eNsIter.get(i) / eOpsIter.get(i) : 0));
        if (i < cpuIter.size()) {
          cpuPerOp.add(cpuIter.get(i) / opsIter.get(i) - (e ? eCpuIter.get(i) / eOpsIter.get(i) : 0));
        }
      }
    }
    double alloc = counter(b, prefix + "AllocB");
    return new Part(ops, counter(b, prefix + "Ns") / ops - eNs, counter(b, prefix + "CpuNs") / ops - eCpu,
        Double.isNaN(alloc) ? Double.NaN : alloc / ops - eAlloc, counter(b, prefix + "GcMs"), nsPerOp, cpuPerOp);
  }

  /** The benchmark entry {@code clazz.method}, if it ran. */
  Optional<JsonNode> benchmark(String clazz, String method) {
    return benchmarks.stream()
        .filter(b -> b.path("benchmark").asText().endsWith("." + clazz + "." + method)).findFirst();
  }

  /** {@code a / b} in each iteration (as far as both have one). */
  static List<Double> ratios(List<Double> a, List<Double> b) {
    List<Double> r = new ArrayList<>();
    for (int i = 0; i < a.size() && i < b.size(); i++) {
      r.add(a.get(i) / b.get(i));
    }
    return r;
  }

  /** Half the range of {@code values}, in % of {@code center}. */
  static double spread(List<Double> values, double center) {
    if (values.size() < 2 || center == 0) {
      return 0;
    }
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(center);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(center);
    return (max - min) / 2 / Math.abs(center) * 100;
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

    boolean anyInterleaved = results.stream().anyMatch(Result::interleaved);
    md.append("## Throughput\n\n");
    md.append("Operations per second (higher is better), one thread, with the ratio to the raw driver in brackets. ")
        .append("± is half the range of the measured iterations, in % of the score.");
    if (anyInterleaved) {
      md.append(" † measured interleaved op by op in one JVM (1 / mean latency of each variant's part, see")
          .append(" \"Interleaved\" below); the other rows: one JVM per variant, run back to back.");
    }
    md.append("\n\n");
    table(md, variants, workloads, r -> fmt(r.score) + " ±" + pct(r.spreadPercent()), Result::score);

    md.append("\n## Allocation per operation\n\n");
    md.append("Bytes allocated per operation (`-prof gc`, `gc.alloc.rate.norm`: every thread of the benchmark JVM, ")
        .append("so the driver's I/O threads are included; lower is better), with the ratio to the raw driver.");
    if (anyInterleaved) {
      md.append(" † interleaved: bytes the calling thread allocated in the variant's part (the driver's I/O threads,")
          .append(" which do the same work for every variant, are not included).");
    }
    md.append("\n\n");
    table(md, variants, workloads, r -> r.allocPerOp == null ? "n/a" : fmt(r.allocPerOp),
        r -> r.allocPerOp == null ? Double.NaN : r.allocPerOp);

    interleaved(md);
    concurrent(md);
    stream(md);
    targets(md);

    md.append("\n## All results\n\n");
    md.append("GC time is the total of the benchmark JVM's collection pauses during the measured iterations; for the")
        .append(" parts of an interleaved benchmark (`[part]`), the pauses that fell into that part, and B/op the")
        .append(" calling thread's.\n\n");
    md.append("| Benchmark | Score | JMH error (99.9%) | Unit | Iterations | B/op | GC time (ms) |\n");
    md.append("|---|---:|---:|---|---|---:|---:|\n");
    for (String w : workloads) {
      for (String v : variants) {
        find(v, w).ifPresent(r -> md.append("| `").append(r.source).append("` | ")
            .append(fmt(r.score)).append(" | ").append(fmt(r.error)).append(" | ").append(r.unit).append(" | ")
            .append(r.iterations.stream().map(Report::fmt).collect(Collectors.joining(", "))).append(" | ")
            .append(r.allocPerOp == null ? "n/a" : fmt(r.allocPerOp)).append(" | ")
            .append(fmt(r.gcMs)).append(" |\n"));
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
    Map<String, List<String>> bySettings = new LinkedHashMap<>();
    for (JsonNode b : benchmarks) {
      String key = b.path("mode").asText() + "|" + b.path("threads").asInt() + "|" + b.path("forks").asInt() + "|"
          + b.path("warmupIterations").asInt() + " x " + b.path("warmupTime").asText() + "|"
          + b.path("measurementIterations").asInt() + " x " + b.path("measurementTime").asText() + "|"
          + jvmArgs(b);
      String[] name = b.path("benchmark").asText().split("\\.");
      String clazz = name[name.length - 2];
      boolean counters = clazz.equals(INTERLEAVED) || clazz.equals(CONCURRENT_CLASS) || clazz.equals(STREAM);
      bySettings.computeIfAbsent(key, k -> new ArrayList<>())
          .add(counters ? clazz + "." + name[name.length - 1] : name[name.length - 1]);
    }
    for (Map.Entry<String, List<String>> e : bySettings.entrySet()) {
      String names = e.getValue().stream().distinct().collect(Collectors.joining(", "));
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

  /** The interleaved single-thread workloads: time, CPU, allocation and GC per operation of every variant. */
  private void interleaved(StringBuilder md) {
    List<String> ws = WORKLOADS.keySet().stream().filter(w -> benchmark(INTERLEAVED, w).isPresent()).toList();
    if (ws.isEmpty()) {
      return;
    }
    JsonNode first = benchmark(INTERLEAVED, ws.get(0)).orElseThrow();
    md.append("\n## Interleaved in one JVM: time, CPU and GC per operation\n\n");
    md.append("`InterleavedBenchmark`, one thread: each cycle runs one operation of every variant in turn, each on its")
        .append(" own session and rows: the raw driver, coodie-core, the raw driver again on a third session (the A/A")
        .append(" control), then the others. Per part it records the wall-clock time, the calling thread's CPU time")
        .append(" (`ThreadMXBean.getCurrentThreadCpuTime`) and allocation, and the GC pauses that fell into the part.")
        .append(" The cost of measuring a part (an empty part: ")
        .append(fmt(counter(first, "emptyNs") / counter(first, "emptyOps") / 1000)).append(" µs wall, ")
        .append(fmt(counter(first, "emptyCpuNs") / counter(first, "emptyOps") / 1000))
        .append(" µs CPU) is subtracted. Ratios are to the raw driver's part, ± is half the range of the")
        .append(" per-iteration ratios. The A/A row is the resolution: a ratio closer to 1 than the A/A ratio (or its")
        .append(" ±) is not a measured difference.\n\n");
    md.append("| Workload | Variant | µs/op | ops/s | throughput / raw | CPU µs/op | CPU / raw | B/op | GC ms per 1,000 ops |\n");
    md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String w : ws) {
      JsonNode b = benchmark(INTERLEAVED, w).orElseThrow();
      Part raw = part(b, "raw", "Ops");
      if (raw == null) {
        continue;
      }
      for (String prefix : PARTS.keySet()) {
        Part p = part(b, prefix, "Ops");
        if (p == null) {
          continue;
        }
        md.append("| ").append(workloadName(w)).append(" | ").append(variantName(PARTS.get(prefix))).append(" | ")
            .append(fmt(p.nsPerOp / 1000)).append(" | ").append(fmt(p.opsPerSecond())).append(" | ");
        if (prefix.equals("raw")) {
          md.append("1.00x | ");
        } else {
          double ratio = raw.nsPerOp / p.nsPerOp;
          md.append(ratio(ratio)).append(" ±").append(pct(spread(ratios(raw.nsIter, p.nsIter), ratio))).append(" | ");
        }
        md.append(fmt(p.cpuNsPerOp / 1000)).append(" | ");
        if (prefix.equals("raw")) {
          md.append("1.00x | ");
        } else {
          double ratio = p.cpuNsPerOp / raw.cpuNsPerOp;
          md.append(ratio(ratio)).append(" ±").append(pct(spread(ratios(p.cpuIter, raw.cpuIter), ratio)))
              .append(" | ");
        }
        md.append(fmt(p.allocPerOp)).append(" | ").append(fmt(p.gcMs / p.ops * 1000)).append(" |\n");
      }
    }
  }

  /** The concurrent workloads: throughput, the JVM's CPU and GC per operation, raw driver against coodie-core. */
  private void concurrent(StringBuilder md) {
    List<String> ws = CONCURRENT.keySet().stream().filter(w -> benchmark(CONCURRENT_CLASS, w).isPresent()).toList();
    if (ws.isEmpty()) {
      return;
    }
    md.append("\n## Concurrent: 64 async requests in flight, 8 synchronous threads\n\n");
    md.append("`ConcurrentBenchmark`: rounds of three ").append(ConcurrentBenchmark.PHASE_MS)
        .append(" ms phases in one JVM, raw driver, coodie-core, raw driver again (A/A), each on its own session and")
        .append(" rows, keeping 64 requests in flight through the async API (raw `executeAsync`, coodie `insertAsync`,")
        .append(" `getAsync`, `query().listAsync()`) or 8 threads making synchronous calls. Throughput is the")
        .append(" operations a phase completed over its whole duration; CPU is the benchmark JVM's (every thread, GC")
        .append(" included) per operation; ± is half the range of the per-iteration ratios.\n\n");
    md.append("| Workload | raw driver ops/s | coodie-core ops/s | raw driver again (A/A) | JVM CPU µs/op, raw |")
        .append(" coodie-core | GC ms per 1,000 ops, raw | coodie-core |\n");
    md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String w : ws) {
      JsonNode b = benchmark(CONCURRENT_CLASS, w).orElseThrow();
      Part raw = part(b, "raw", "Ops");
      Part coodie = part(b, "coodie", "Ops");
      Part raw2 = part(b, "raw2", "Ops");
      if (raw == null || coodie == null || raw2 == null) {
        continue;
      }
      md.append("| ").append(CONCURRENT.get(w)).append(" | ").append(fmt(raw.opsPerSecond())).append(" ±")
          .append(pct(spread(raw.opsPerSecondIter(), raw.opsPerSecond()))).append(" | ")
          .append(fmt(coodie.opsPerSecond())).append(" (").append(throughputRatio(coodie, raw)).append(") | ")
          .append(fmt(raw2.opsPerSecond())).append(" (").append(throughputRatio(raw2, raw)).append(") | ")
          .append(fmt(raw.cpuNsPerOp / 1000)).append(" | ").append(fmt(coodie.cpuNsPerOp / 1000)).append(" (")
          .append(ratio(coodie.cpuNsPerOp / raw.cpuNsPerOp)).append(") | ")
          .append(fmt(raw.gcMs / raw.ops * 1000)).append(" | ").append(fmt(coodie.gcMs / coodie.ops * 1000))
          .append(" |\n");
    }
  }

  private static String throughputRatio(Part p, Part raw) {
    double ratio = raw.nsPerOp / p.nsPerOp;
    return ratio(ratio) + " ±" + pct(spread(ratios(raw.nsIter, p.nsIter), ratio));
  }

  /** The tracked stream: cost per row at each size, and the live heap while it is open. */
  private void stream(StringBuilder md) {
    Optional<JsonNode> found = benchmark(STREAM, "stream");
    if (found.isEmpty()) {
      return;
    }
    JsonNode b = found.get();
    md.append("\n## Tracked stream of 1,000 to 100,000 rows\n\n");
    md.append("`StreamBenchmark`: the whole partition of 1,000, 10,000 and 100,000 rows through coodie-core's tracked")
        .append(" `query().where(\"pk\").eq(pk).stream()` (pages of 5,000 rows fetched as it is consumed) and through")
        .append(" the raw driver's `ResultSet`, interleaved; the consumer keeps nothing. Per row: wall-clock time,")
        .append(" the calling thread's CPU time and allocation, GC pauses during the stream.\n\n");
    md.append("| Rows | raw driver ns/row | coodie-core ns/row | raw driver CPU ns/row | coodie-core CPU ns/row |")
        .append(" coodie-core B/row | GC ms per 100,000 rows, raw | coodie-core |\n");
    md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (int i = 0; i < STREAM_SIZES.length; i++) {
      Part raw = part(b, "raw" + STREAM_SIZES[i], "Rows");
      Part coodie = part(b, "coodie" + STREAM_SIZES[i], "Rows");
      if (raw == null || coodie == null) {
        continue;
      }
      md.append("| ").append(fmt(STREAM_ROWS[i])).append(" | ").append(fmt(raw.nsPerOp)).append(" | ")
          .append(fmt(coodie.nsPerOp)).append(" (").append(ratio(coodie.nsPerOp / raw.nsPerOp)).append(") | ")
          .append(fmt(raw.cpuNsPerOp)).append(" | ").append(fmt(coodie.cpuNsPerOp)).append(" (")
          .append(ratio(coodie.cpuNsPerOp / raw.cpuNsPerOp)).append(") | ").append(fmt(coodie.allocPerOp))
          .append(" | ").append(fmt(raw.gcMs / raw.ops * 100_000)).append(" | ")
          .append(fmt(coodie.gcMs / coodie.ops * 100_000)).append(" |\n");
    }
    md.append("\nHeap: used heap after a full collection (`System.gc()`, then `MemoryMXBean`), once per measured")
        .append(" iteration, the largest of the iterations; a tracked stream of the 100,000-row partition is stopped")
        .append(" (still open) after 1,000, 10,000 and 100,000 rows. It includes the snapshots of entities that died")
        .append(" since the tracker last swept them (a stripe is swept at its first write after a GC).\n\n");
    md.append("| | before | after 1,000 rows | after 10,000 rows | after 100,000 rows | after close |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    md.append("| coodie-core, tracked stream | ").append(mib(maxOf(b, "coodieHeapBefore"))).append(" | ")
        .append(mib(maxOf(b, "coodieHeap1k"))).append(" | ").append(mib(maxOf(b, "coodieHeap10k"))).append(" | ")
        .append(mib(maxOf(b, "coodieHeap100k"))).append(" | ").append(mib(maxOf(b, "coodieHeapClosed")))
        .append(" |\n");
    md.append("| raw driver, `ResultSet` | n/a | n/a | n/a | ").append(mib(maxOf(b, "rawHeap100k")))
        .append(" | n/a |\n");
  }

  /** The largest per-iteration value of a counter (NaN if none). */
  static double maxOf(JsonNode b, String name) {
    return counterIter(b, name).stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  static String mib(double bytes) {
    return Double.isNaN(bytes) ? "n/a" : String.format(Locale.ROOT, "%.1f MiB", bytes / (1 << 20));
  }

  /** The targets of issue 20 (with tracking on), each with its verdict. */
  private void targets(StringBuilder md) {
    md.append("\n## Targets\n\n");
    md.append("With change tracking on. A verdict is marked *within the noise* when the ratio is closer to the")
        .append(" threshold than the spread of the results it compares (the larger iteration spread, and for the")
        .append(" interleaved and concurrent workloads also the A/A ratio's distance from 1).\n\n");
    md.append("| Target | Workload | Measured | Verdict |\n");
    md.append("|---|---|---:|---|\n");
    mappingTarget(md, "mapRead100", MAP_READ_TARGET);
    mappingTarget(md, "mapInsert", MAP_INSERT_TARGET);
    for (String w : WORKLOADS.keySet()) {
      if (w.startsWith("map")) {
        continue;
      }
      Optional<Result> coodie = find(COODIE, w);
      Optional<Result> raw = find(BASELINE, w);
      if (coodie.isEmpty() || raw.isEmpty()) {
        continue;
      }
      double ratio = coodie.get().score / raw.get().score;
      String target = "≥ " + ratio(NETWORK_TARGET) + " raw";
      if (coodie.get().interleaved()) {
        JsonNode b = benchmark(INTERLEAVED, w).orElseThrow();
        Part r = part(b, "raw", "Ops");
        Part c = part(b, "coodie", "Ops");
        Part aa = part(b, "raw2", "Ops");
        double aaRatio = r.nsPerOp / aa.nsPerOp;
        double noise = Math.max(spread(ratios(r.nsIter, c.nsIter), ratio), Math.abs(1 - aaRatio) * 100);
        md.append("| ").append(target).append(" | ").append(workloadName(w)).append(" (interleaved) | ")
            .append(ratio(ratio)).append(" (A/A ").append(ratio(aaRatio)).append(") | ")
            .append(atLeast(ratio, NETWORK_TARGET, "raw")).append(noise(ratio, NETWORK_TARGET, noise)).append(" |\n");
      } else {
        md.append("| ").append(target).append(" | ").append(workloadName(w)).append(" | ").append(ratio(ratio))
            .append(" | ").append(atLeast(ratio, NETWORK_TARGET, "raw"))
            .append(noise(ratio, NETWORK_TARGET, coodie.get(), raw.get())).append(" |\n");
      }
    }
    for (String w : CONCURRENT.keySet()) {
      Optional<AaParts> parts = aaParts(CONCURRENT_CLASS, w);
      if (parts.isEmpty()) {
        continue;
      }
      Part r = parts.get().raw();
      Part c = parts.get().coodie();
      Part aa = parts.get().rawAgain();
      double ratio = r.nsPerOp / c.nsPerOp;
      double aaRatio = r.nsPerOp / aa.nsPerOp;
      double noise = Math.max(spread(ratios(r.nsIter, c.nsIter), ratio), Math.abs(1 - aaRatio) * 100);
      md.append("| ≥ ").append(ratio(NETWORK_TARGET)).append(" raw | ").append(CONCURRENT.get(w)).append(" | ")
          .append(ratio(ratio)).append(" (A/A ").append(ratio(aaRatio)).append(") | ")
          .append(atLeast(ratio, NETWORK_TARGET, "raw")).append(noise(ratio, NETWORK_TARGET, noise)).append(" |\n");
    }
    for (String w : WORKLOADS.keySet()) {
      Optional<AaParts> parts = aaParts(INTERLEAVED, w);
      if (parts.isEmpty()) {
        continue;
      }
      Part r = parts.get().raw();
      Part c = parts.get().coodie();
      Part aa = parts.get().rawAgain();
      double ratio = c.cpuNsPerOp / r.cpuNsPerOp;
      double aaRatio = aa.cpuNsPerOp / r.cpuNsPerOp;
      double noise = Math.max(spread(ratios(c.cpuIter, r.cpuIter), ratio), Math.abs(1 - aaRatio) * 100);
      md.append("| calling-thread CPU per operation ≤ ").append(ratio(CPU_TARGET)).append(" raw | ")
          .append(workloadName(w)).append(" (interleaved) | ").append(ratio(ratio)).append(" (")
          .append(fmt(c.cpuNsPerOp / 1000)).append(" against ").append(fmt(r.cpuNsPerOp / 1000))
          .append(" µs; A/A ").append(ratio(aaRatio)).append(") | ");
      md.append(ratio <= CPU_TARGET ? "met" : "**missed** by " + points(ratio - CPU_TARGET) + " (coodie uses "
          + pct((ratio - 1) * 100) + " more CPU than raw)").append(noise(ratio, CPU_TARGET, noise)).append(" |\n");
    }
    Optional<JsonNode> stream = benchmark(STREAM, "stream");
    if (stream.isPresent()) {
      JsonNode b = stream.get();
      Part[] parts = new Part[STREAM_SIZES.length];
      for (int i = 0; i < parts.length; i++) {
        parts[i] = part(b, "coodie" + STREAM_SIZES[i], "Rows");
      }
      if (parts[0] != null && parts[1] != null && parts[2] != null) {
        double[] cost = new double[3];
        for (int i = 0; i < 3; i++) {
          cost[i] = parts[i].cpuNsPerOp + parts[i].gcMs * 1e6 / parts[i].ops;
        }
        double worst = Math.max(cost[1], cost[2]) / cost[0];
        md.append("| client cost per row (calling-thread CPU + GC pauses) flat from 1k to 100k rows (10k and 100k ≤ ")
            .append(ratio(FLAT_TARGET)).append(" the 1k cost) | tracked stream | ").append(fmt(cost[0]))
            .append(" / ").append(fmt(cost[1])).append(" / ").append(fmt(cost[2])).append(" ns/row (")
            .append(ratio(worst)).append(") | ")
            .append(worst <= FLAT_TARGET ? "met" : "**missed** by " + points(worst - FLAT_TARGET)).append(" |\n");
      }
      double h10 = maxOf(b, "coodieHeap10k");
      double h100 = maxOf(b, "coodieHeap100k");
      if (!Double.isNaN(h10) && !Double.isNaN(h100)) {
        md.append("| heap bounded (live heap after 100k rows ≤ after 10k rows + ").append(mib(HEAP_SLACK))
            .append(") | tracked stream | ").append(mib(h10)).append(" → ").append(mib(h100)).append(" | ")
            .append(h100 <= h10 + HEAP_SLACK ? "met" : "**missed** by " + mib(h100 - h10 - HEAP_SLACK))
            .append(" |\n");
      }
    }
  }

  private void mappingTarget(StringBuilder md, String w, double threshold) {
    Optional<Result> coodie = find(COODIE, w);
    Optional<Result> raw = find(BASELINE, w);
    Optional<Result> mapper = find(MAPPER, w);
    if (coodie.isEmpty()) {
      return;
    }
    if (raw.isPresent()) {
      double ratio = coodie.get().score / raw.get().score;
      md.append("| ≥ ").append(ratio(threshold)).append(" raw | ").append(workloadName(w)).append(" | ")
          .append(ratio(ratio)).append(" | ").append(atLeast(ratio, threshold, "raw"))
          .append(noise(ratio, threshold, coodie.get(), raw.get())).append(" |\n");
    }
    if (mapper.isPresent()) {
      double ratio = coodie.get().score / mapper.get().score;
      md.append("| ahead of the driver mapper | ").append(workloadName(w)).append(" | ").append(ratio(ratio))
          .append(" of the mapper | ").append(atLeast(ratio, 1, "the driver mapper"))
          .append(noise(ratio, 1, coodie.get(), mapper.get())).append(" |\n");
    }
  }

  /** "met", or by how much coodie misses a minimum ratio to {@code other}. */
  static String atLeast(double ratio, double threshold, String other) {
    return ratio >= threshold ? "met" : "**missed** by " + points(threshold - ratio) + " (coodie "
        + pct((1 - ratio) * 100) + " slower than " + other + ")";
  }

  /** A warning when the verdict is within {@code spreadPercent} of the threshold. */
  static String noise(double ratio, double threshold, double spreadPercent) {
    return Math.abs(ratio - threshold) * 100 < spreadPercent ? ", within the noise (±" + pct(spreadPercent) + ")" : "";
  }

  /**
   * A warning when the verdict is within the measurement noise: the ratio is closer to the threshold than the larger
   * iteration spread of the two results.
   */
  static String noise(double ratio, double threshold, Result a, Result b) {
    return noise(ratio, threshold, Math.max(a.spreadPercent(), b.spreadPercent()));
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
      Optional<Result> baseline = find(BASELINE, w);
      md.append("| ").append(workloadName(w))
          .append(baseline.isPresent() && baseline.get().interleaved() ? " †" : "").append(" |");
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
