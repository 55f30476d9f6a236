package io.coodie.benchmarks;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.PreparedStatement;
import io.coodie.benchmarks.model.Items;
import io.coodie.test.EmbeddedCassandra;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.InetSocketAddress;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatFactory;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes {@code docs/benchmarks.md}: starts one Cassandra node, creates and fills the
 * benchmark table, runs JMH (each benchmark in a forked JVM that reaches the node through the system property
 * {@value BenchSession#CONTACT_POINT}), stops the node and renders the report from JMH's JSON result.
 *
 * <pre>
 * java -jar coodie-benchmarks/target/benchmarks.jar [options]
 *   --out FILE        the report (default docs/benchmarks.md)
 *   --json FILE       JMH's JSON result (default next to the jar: jmh-result.json)
 *   --include REGEX   run only the matching benchmarks (JMH include), e.g. 'Coodie|RawDriver'
 *   --quick           1 x 1 s warm-up and measurement: a smoke run, not for the report
 *   --render-only     render the report from an existing --json result, run nothing
 *   --jmh ARGS...     start the node, then run JMH with its own command line (e.g. -prof stack); no report
 * </pre>
 */
public final class BenchmarkRunner {

  private static final String PACKAGE = "io.coodie.benchmarks.";
  private static final String DEFAULT_INCLUDE = ".*";
  private static final Duration SERVER_WARMUP = Duration.ofSeconds(15);

  private BenchmarkRunner() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of("docs/benchmarks.md");
    Path json = defaultJson();
    String include = DEFAULT_INCLUDE;
    boolean quick = false;
    boolean renderOnly = false;
    List<String> jmhArgs = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(args[++i]);
        case "--json" -> json = Path.of(args[++i]);
        case "--include" -> include = args[++i];
        case "--quick" -> quick = true;
        case "--render-only" -> renderOnly = true;
        case "--jmh" -> {
          jmhArgs = List.of(Arrays.copyOfRange(args, i + 1, args.length));
          i = args.length;
        }
        default -> {
          System.err.println("Unknown argument " + args[i] + "; see the javadoc of " + BenchmarkRunner.class.getName());
          System.exit(2);
        }
      }
    }
    if (renderOnly) {
      render(json, out);
      return;
    }

    Instant started = Instant.now();
    Map<String, String> run = new TreeMap<>();
    run.put("started", DateTimeFormatter.ISO_INSTANT.format(started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
    run.put("arguments", String.join(" ", args).isEmpty() ? "(none)" : String.join(" ", args));
    run.put("commit", gitCommit());
    run.put("profilers", "gc (" + GCProfiler.class.getName() + ")");
    run.put("loadStart", loadAverage());

    log("Starting one Cassandra node ...");
    try (EmbeddedCassandra cassandra = EmbeddedCassandra.builder()
        .heap("1G")
        // 50 rows of ~180 bytes exceed the 5 KiB default: the warning would be logged and sent on every batch.
        .yaml("batch_size_warn_threshold", "64KiB")
        .yaml("memtable_heap_space", "256MiB")
        .start()) {
      InetSocketAddress node = cassandra.node(0).contactPoint();
      String contact = "-D" + BenchSession.CONTACT_POINT + "=" + node.getHostString() + ":" + node.getPort();
      List<String> order = order(include);
      boolean streams = jmhArgs != null || order.stream().anyMatch(b -> b.startsWith("StreamBenchmark."));
      run.put("cassandra", createData(node, streams));
      log("Node " + node + " ready, Cassandra " + run.get("cassandra") + "; running JMH");

      log("Warming the node up for " + SERVER_WARMUP.toSeconds() + " s ...");
      long warmupOps = ServerWarmup.run(node, SERVER_WARMUP);
      log("Warm-up ran " + warmupOps + " statements");
      run.put("serverWarmup", SERVER_WARMUP.toSeconds() + " s, " + warmupOps + " statements");


      if (jmhArgs != null) {
        CommandLineOptions cmd = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        List<String> append = new ArrayList<>(cmd.getJvmArgsAppend().orElse(List.of()));
        append.add(contact);
        new Runner(new OptionsBuilder().parent(cmd).jvmArgsAppend(append.toArray(String[]::new)).build()).run();
        return;
      }

      Files.createDirectories(json.toAbsolutePath().getParent());
      if (order.isEmpty()) {
        throw new IllegalArgumentException("No benchmark matches --include " + include);
      }
      List<RunResult> results = new ArrayList<>();
      for (String benchmark : order) {
        log("Benchmark " + (results.size() + 1) + "/" + order.size() + ": " + benchmark);
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include("^" + Pattern.quote(PACKAGE + benchmark) + "$")
            .jvmArgsAppend(contact)
            .addProfiler(GCProfiler.class)
            .shouldFailOnError(true);
        if (quick) {
          options.warmupIterations(1).warmupTime(TimeValue.seconds(1))
              .measurementIterations(1).measurementTime(TimeValue.seconds(1));
        }
        results.addAll(runWhenFree(options));
        // Written after every benchmark, so that an interrupted run keeps what it measured.
        ResultFormatFactory.getInstance(ResultFormatType.JSON, json.toString()).writeOut(results);
      }
    }
    Duration took = Duration.between(started, Instant.now());
    run.put("duration", String.format("%d min %02d s", took.toMinutes(), took.toSecondsPart()));
    run.put("loadEnd", loadAverage());
    Properties properties = new Properties();
    properties.putAll(run);
    try (Writer w = Files.newBufferedWriter(runInfoOf(json), StandardCharsets.UTF_8)) {
      properties.store(w, "coodie benchmark run");
    }
    render(json, out);
    log("Took " + run.get("duration") + "; wrote " + out.toAbsolutePath());
  }

  /**
   * Runs JMH, waiting (up to 15 minutes) while another JMH run on this machine holds JMH's lock file: the machine is
   * shared, and two benchmark runs at once would disturb each other's measurements.
   */
  private static java.util.Collection<RunResult> runWhenFree(ChainedOptionsBuilder options) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(15);
    while (true) {
      try {
        return new Runner(options.build()).run();
      } catch (org.openjdk.jmh.runner.RunnerException e) {
        if (e.getMessage() == null || !e.getMessage().contains("JMH lock") || System.nanoTime() > deadline) {
          throw e;
        }
        log("Another JMH run holds its lock; waiting 10 s");
        Thread.sleep(10_000);
      }
    }
  }

  /**
   * The benchmarks to run ({@code Class.method}), workload by workload and, within a workload, variant by variant
   * starting with the raw driver: the variants of one workload run back to back, under the same server conditions
   * (JMH alone would run all of one class, then all of the next).
   */
  static List<String> order(String include) {
    Pattern filter = Pattern.compile(include);
    Set<String> known = new LinkedHashSet<>();
    for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(
        OutputFormatFactory.createFormatInstance(System.out, VerboseMode.SILENT), List.of())) {
      known.add(entry.getUsername().substring(PACKAGE.length()));
    }
    List<String> order = new ArrayList<>();
    List<String> workloads = new ArrayList<>(Report.WORKLOADS.keySet());
    workloads.addAll(Report.CONCURRENT.keySet());
    workloads.add("stream");
    List<String> variants = new ArrayList<>(Report.VARIANTS.keySet());
    for (String name : known) {
      String[] parts = name.split("\\.");
      if (!workloads.contains(parts[1])) {
        workloads.add(parts[1]);
      }
      if (!variants.contains(parts[0])) {
        variants.add(parts[0]);
      }
    }
    for (String w : workloads) {
      for (String v : variants) {
        String name = v + "." + w;
        if (known.contains(name) && filter.matcher(name).find()) {
          order.add(name);
        }
      }
    }
    return order;
  }

  /**
   * Creates the keyspace and table and writes the rows the read, update and conditional workloads use, and with
   * {@code streams} the partitions of 1,000, 10,000 and 100,000 rows {@link StreamBenchmark} reads.
   */
  static String createData(InetSocketAddress node, boolean streams) {
    try (CqlSession session = BenchSession.open(node, false)) {
      session.execute("CREATE KEYSPACE IF NOT EXISTS " + Items.KEYSPACE
          + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
      session.execute(Items.DDL);
      PreparedStatement insert = session.prepare("INSERT INTO " + Items.KEYSPACE + "." + Items.TABLE
          + " (pk, ck, name, description, category, price, quantity, rating, created, active)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
      List<CompletableFuture<?>> writes = new ArrayList<>();
      List<String[]> rows = new ArrayList<>();
      for (int p = 0; p < Items.READ_PARTITIONS; p++) {
        for (int ck = 0; ck < Items.ROWS_PER_PARTITION; ck++) {
          rows.add(new String[] {Items.readPartition(p), Integer.toString(ck)});
        }
      }
      for (int t = 0; t < Items.MAX_THREADS; t++) {
        rows.add(new String[] {Items.updateKey(t), "0"});
        rows.add(new String[] {Items.lwtKey(t), "0"});
      }
      if (streams) {
        for (int size : Items.STREAM_SIZES) {
          for (int ck = 0; ck < size; ck++) {
            rows.add(new String[] {Items.streamPartition(size), Integer.toString(ck)});
          }
        }
      }
      for (String[] row : rows) {
        String pk = row[0];
        int ck = Integer.parseInt(row[1]);
        writes.add(session.executeAsync(insert.bind(pk, ck, Items.name(pk, ck), Items.description(),
            Items.category(ck), Items.price(ck), Items.quantity(ck), Items.rating(ck), Items.created(ck),
            Items.active(ck))).toCompletableFuture());
        if (writes.size() >= 64) {
          CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
          writes.clear();
        }
      }
      CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
      return session.execute("SELECT release_version FROM system.local").one().getString(0);
    }
  }

  static void render(Path json, Path out) throws IOException {
    Report report = Report.read(json);
    Properties properties = new Properties();
    Path runInfo = runInfoOf(json);
    if (Files.exists(runInfo)) {
      try (Reader r = Files.newBufferedReader(runInfo, StandardCharsets.UTF_8)) {
        properties.load(r);
      }
    }
    Map<String, String> run = new TreeMap<>();
    properties.forEach((k, v) -> run.put(k.toString(), v.toString()));
    String generated = report.render(new Report.RunInfo(run), SystemInfo.collect());
    String existing = Files.exists(out) ? Files.readString(out) : null;
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    Files.writeString(out, Report.merge(generated, existing, DEFAULT_HEAD, DEFAULT_TAIL));
  }

  private static Path runInfoOf(Path json) {
    return json.resolveSibling(json.getFileName() + ".run.properties");
  }

  /** {@code jmh-result.json} next to the benchmarks jar (its {@code target} directory), else in the working one. */
  private static Path defaultJson() {
    try {
      Path jar = Path.of(BenchmarkRunner.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path dir = Files.isDirectory(jar) ? jar.getParent() : jar.getParent();
      return dir.resolve("jmh-result.json");
    } catch (URISyntaxException | RuntimeException e) {
      return Path.of("jmh-result.json");
    }
  }

  /** {@code /proc/loadavg}'s 1, 5 and 15 minute averages: other work on the machine skews the results. */
  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return parts[0] + " / " + parts[1] + " / " + parts[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static String gitCommit() {
    try {
      String commit = command("git", "rev-parse", "--short", "HEAD").strip();
      String status = command("git", "status", "--porcelain", "--untracked-files=no");
      if (commit.isEmpty()) {
        return "unknown";
      }
      // The modules whose tracked files differ from the commit (the jar was built from the work tree).
      Set<String> modules = new java.util.TreeSet<>();
      for (String line : status.split("\n")) {
        if (line.length() > 3) {
          String path = line.substring(3);
          modules.add(path.contains("/") ? path.substring(0, path.indexOf('/')) : path);
        }
      }
      return commit + (modules.isEmpty() ? "" : "`, built with uncommitted changes in `" + String.join("`, `", modules));
    } catch (IOException | InterruptedException e) {
      return "unknown";
    }
  }

  private static String command(String... command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).stripTrailing();
    return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? output : "";
  }

  private static void log(String message) {
    System.out.println("# coodie-benchmarks: " + message);
  }

  static final String DEFAULT_HEAD = """
      # Benchmarks

      Written by `io.coodie.benchmarks.BenchmarkRunner` (module `coodie-benchmarks`); see the README's "Benchmarks"
      section for the command.

      """;

  static final String DEFAULT_TAIL = """

      ## Analysis

      (Hand-written notes on the results go here; they are kept when the results are rendered again.)
      """;
}
