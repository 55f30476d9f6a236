package io.coodie.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples and allocation samples of the benchmark thread in a JFR recording made with JMH's
 * {@code -prof jfr}: the methods with the most samples on top of the stack (self), and with the most samples
 * anywhere in the stack (inclusive, i.e. the method and what it calls).
 *
 * <pre>
 * java -cp coodie-benchmarks/target/benchmarks.jar io.coodie.benchmarks.JfrSummary profile.jfr [top] [package-prefix]
 * </pre>
 *
 * Only threads whose name contains {@code jmh-worker} (the benchmark threads) are counted.
 */
public final class JfrSummary {

  private JfrSummary() {}

  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    int top = args.length > 1 ? Integer.parseInt(args[1]) : 25;
    String prefix = args.length > 2 ? args[2] : "";
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> inclusive = new HashMap<>();
    Map<String, Long> allocSelf = new HashMap<>();
    Map<String, Long> allocInclusive = new HashMap<>();
    Map<String, Long> selfLines = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
      String type = e.getEventType().getName();
      boolean cpu = type.equals("jdk.ExecutionSample");
      boolean alloc = type.equals("jdk.ObjectAllocationSample");
      if (!cpu && !alloc) {
        continue;
      }
      var thread = cpu ? e.getThread("sampledThread") : e.getThread("eventThread");
      if (thread == null || thread.getJavaName() == null || !thread.getJavaName().contains("jmh-worker")) {
        continue;
      }
      RecordedStackTrace stack = e.getStackTrace();
      if (stack == null) {
        continue;
      }
      long weight = alloc ? e.getLong("weight") : 1;
      if (cpu) {
        samples++;
      } else {
        allocated += weight;
      }
      List<RecordedFrame> frames = stack.getFrames();
      Set<String> seen = new HashSet<>();
      boolean first = true;
      for (RecordedFrame f : frames) {
        if (!f.isJavaFrame()) {
          continue;
        }
        String m = f.getMethod().getType().getName() + "." + f.getMethod().getName();
        if (first) {
          (cpu ? self : allocSelf).merge(m, weight, Long::sum);
          if (cpu) {
            selfLines.merge(m + ":" + f.getLineNumber(), weight, Long::sum);
          }
          first = false;
        }
        if (seen.add(m)) {
          (cpu ? inclusive : allocInclusive).merge(m, weight, Long::sum);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d CPU samples of the benchmark thread, %.1f MB of sampled allocation%n",
        file, samples, allocated / 1e6);
    print("CPU, self (top frame)", self, samples, top, "");
    print("CPU, self, by source line", selfLines, samples, top, prefix);
    print("CPU, inclusive", inclusive, samples, top, prefix);
    print("Allocation, by allocating method", allocSelf, allocated, top, "");
    print("Allocation, inclusive", allocInclusive, allocated, top, prefix);
  }

  private static void print(String title, Map<String, Long> counts, long total, int top, String prefix) {
    System.out.println();
    System.out.println(title + (prefix.isEmpty() ? "" : " (methods starting with " + prefix + ")") + ":");
    Map<String, Long> sorted = new LinkedHashMap<>();
    counts.entrySet().stream()
        .filter(en -> en.getKey().startsWith(prefix))
        .sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
        .limit(top)
        .forEach(en -> sorted.put(en.getKey(), en.getValue()));
    sorted.forEach((m, c) -> System.out.printf(Locale.ROOT, "  %5.1f%%  %s%n", total == 0 ? 0 : 100.0 * c / total, m));
  }
}
