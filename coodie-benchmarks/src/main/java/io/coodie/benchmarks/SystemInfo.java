package io.coodie.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The machine and the library versions, for the report. */
record SystemInfo(String cpuModel, String cores, String memory, String os, Map<String, String> versions) {

  /** Resolved by the build (maven-dependency-plugin's {@code list}) into the jar. */
  static final String DEPENDENCIES = "/META-INF/coodie-benchmarks/dependencies.txt";

  /** Artifacts whose versions the report names, and their display names. */
  private static final Map<String, String> REPORTED = new LinkedHashMap<>();

  static {
    REPORTED.put("io.coodie:coodie-core", "coodie-core");
    REPORTED.put("org.apache.cassandra:java-driver-core", "Cassandra Java driver");
    REPORTED.put("org.apache.cassandra:java-driver-mapper-runtime", "Driver object mapper");
    REPORTED.put("org.springframework.boot:spring-boot", "Spring Boot");
    REPORTED.put("org.springframework.data:spring-data-cassandra", "Spring Data Cassandra");
    REPORTED.put("org.springframework:spring-core", "Spring Framework");
    REPORTED.put("org.openjdk.jmh:jmh-core", "JMH");
  }

  static SystemInfo collect() {
    String cpu = "unknown";
    String memory = "unknown";
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
          memory = String.format(Locale.ROOT, "%.1f GiB", kib / 1024.0 / 1024.0);
          break;
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: leave unknown
    }
    String os = System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
        + System.getProperty("os.arch") + ")";
    return new SystemInfo(cpu, Integer.toString(Runtime.getRuntime().availableProcessors()), memory, os,
        versions(readDependencies()));
  }

  private static String readDependencies() {
    try (InputStream in = SystemInfo.class.getResourceAsStream(DEPENDENCIES)) {
      return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "";
    }
  }

  /** Versions of the reported artifacts in a {@code dependency:list} output. */
  static Map<String, String> versions(String dependencyList) {
    Map<String, String> found = new LinkedHashMap<>();
    Pattern p = Pattern.compile("([\\w.\\-]+):([\\w.\\-]+):jar:(?:[\\w\\-]+:)?([\\w.\\-]+):(?:compile|runtime)");
    Map<String, String> all = new LinkedHashMap<>();
    Matcher m = p.matcher(dependencyList);
    while (m.find()) {
      all.put(m.group(1) + ":" + m.group(2), m.group(3));
    }
    for (Map.Entry<String, String> r : REPORTED.entrySet()) {
      found.put(r.getValue(), all.getOrDefault(r.getKey(), "unknown"));
    }
    return found;
  }
}
