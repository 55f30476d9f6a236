package io.coodie.test.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JDK that runs a Cassandra node, checked against the Java versions the server supports.
 *
 * @param javaHome the JDK or JRE home directory
 * @param executable its {@code bin/java}
 * @param featureVersion the Java feature version (11, 17, ...)
 */
public record JavaRuntime(Path javaHome, Path executable, int featureVersion) {

  /** System property naming the JDK that runs Cassandra nodes. */
  public static final String JAVA_HOME_PROPERTY = "coodie.cassandra.java-home";

  /** Environment variable naming the JDK that runs Cassandra nodes. */
  public static final String JAVA_HOME_ENV = "COODIE_CASSANDRA_JAVA_HOME";

  /** Cassandra 5.0 runs on Java 11 and 17 only. */
  public static final Set<Integer> SUPPORTED = Set.of(11, 17);

  private static final Pattern VERSION = Pattern.compile("JAVA_VERSION=\"(1\\.)?(\\d+)");

  /**
   * Finds the JDK to run Cassandra with: the explicit home if given, else the {@value #JAVA_HOME_PROPERTY} system
   * property, else the {@value #JAVA_HOME_ENV} environment variable, else the JDK running this JVM.
   *
   * @throws IllegalStateException if that JDK is not one Cassandra supports
   */
  public static JavaRuntime locate(Path explicitHome) {
    String source;
    Path home;
    if (explicitHome != null) {
      home = explicitHome;
      source = "EmbeddedCassandra.builder().javaHome(...)";
    } else if (System.getProperty(JAVA_HOME_PROPERTY) != null) {
      home = Path.of(System.getProperty(JAVA_HOME_PROPERTY));
      source = "system property " + JAVA_HOME_PROPERTY;
    } else if (System.getenv(JAVA_HOME_ENV) != null) {
      home = Path.of(System.getenv(JAVA_HOME_ENV));
      source = "environment variable " + JAVA_HOME_ENV;
    } else {
      home = Path.of(System.getProperty("java.home"));
      source = "the JVM running this code (java.home)";
    }
    Path executable = home.resolve("bin").resolve("java");
    if (!Files.isExecutable(executable)) {
      throw new IllegalStateException("No java executable at " + executable + " (from " + source
          + "). Point -D" + JAVA_HOME_PROPERTY + " or " + JAVA_HOME_ENV + " at a Java 11 or 17 home.");
    }
    int version = featureVersion(home).orElseGet(() -> home.equals(Path.of(System.getProperty("java.home")))
        ? Runtime.version().feature() : -1);
    if (!SUPPORTED.contains(version)) {
      throw new IllegalStateException("Cassandra 5.0 runs on Java 11 or 17, but " + home + " (from " + source
          + ") is Java " + (version < 0 ? "of unknown version" : version) + ". Set -D" + JAVA_HOME_PROPERTY
          + "=/path/to/jdk-17 (or the environment variable " + JAVA_HOME_ENV + ") to run the node on a supported JDK;"
          + " your tests may keep running on this one.");
    }
    return new JavaRuntime(home, executable, version);
  }

  private static Optional<Integer> featureVersion(Path home) {
    Path release = home.resolve("release");
    if (!Files.isRegularFile(release)) {
      return Optional.empty();
    }
    try {
      Matcher m = VERSION.matcher(Files.readString(release));
      return m.find() ? Optional.of(Integer.parseInt(m.group(2))) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
