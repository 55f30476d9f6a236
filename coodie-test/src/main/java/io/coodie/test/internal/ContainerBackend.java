package io.coodie.test.internal;

import io.coodie.test.EmbeddedCassandra;
import io.coodie.test.TestCassandra;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;
import org.testcontainers.cassandra.CassandraContainer;

/** The Testcontainers backend: loaded only when {@code COODIE_TEST_BACKEND=testcontainers}. */
public final class ContainerBackend implements TestCassandra {

  private final CassandraContainer container;

  private ContainerBackend(CassandraContainer container) {
    this.container = container;
  }

  /** Starts {@code cassandra:<version>} in Docker; stopped by Testcontainers' reaper when the JVM exits. */
  public static TestCassandra start(String version) {
    CassandraContainer container = new CassandraContainer("cassandra:" + version);
    container.start();
    return new ContainerBackend(container);
  }

  @Override
  public List<InetSocketAddress> contactPoints() {
    return List.of(container.getContactPoint());
  }

  @Override
  public String localDatacenter() {
    return container.getLocalDatacenter();
  }

  @Override
  public Optional<EmbeddedCassandra> embedded() {
    return Optional.empty();
  }
}
