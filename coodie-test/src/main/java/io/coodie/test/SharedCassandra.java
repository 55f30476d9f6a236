package io.coodie.test;

import io.coodie.test.internal.ContainerBackend;
import java.util.Optional;

/**
 * One Cassandra per JVM, shared by every test class (and by {@code @SpringBootTest} contexts) of a test run.
 *
 * <p>The backend is chosen by the environment variable (or system property) {@value #BACKEND}: {@code embedded}
 * (default, a forked node, no Docker) or {@code testcontainers} (needs a Docker engine; the embedded path is then
 * never touched, and vice versa). The instance is started on first use and stopped when the JVM exits.
 */
public final class SharedCassandra {

  /** Name of the environment variable and system property choosing the backend. */
  public static final String BACKEND = "COODIE_TEST_BACKEND";

  private static volatile TestCassandra instance;

  private SharedCassandra() {}

  /** The shared instance, started on first call. Thread-safe. */
  public static TestCassandra get() {
    TestCassandra current = instance;
    if (current == null) {
      synchronized (SharedCassandra.class) {
        current = instance;
        if (current == null) {
          current = startBackend();
          instance = current;
        }
      }
    }
    return current;
  }

  private static TestCassandra startBackend() {
    String backend = Optional.ofNullable(System.getProperty(BACKEND)).orElse(System.getenv(BACKEND));
    if (backend == null || backend.isBlank() || backend.equalsIgnoreCase("embedded")) {
      EmbeddedCassandra embedded = EmbeddedCassandra.start();
      Runtime.getRuntime().addShutdownHook(new Thread(embedded::close, "coodie-shared-cassandra-stop"));
      return embedded;
    }
    if (backend.equalsIgnoreCase("testcontainers")) {
      return ContainerBackend.start(EmbeddedCassandra.DEFAULT_VERSION);
    }
    throw new IllegalStateException(BACKEND + "=" + backend + " is not a backend; use 'embedded' or 'testcontainers'");
  }
}
