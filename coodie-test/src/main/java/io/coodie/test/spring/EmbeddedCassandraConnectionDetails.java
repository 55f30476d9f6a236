package io.coodie.test.spring;

import io.coodie.test.SharedCassandra;
import io.coodie.test.TestCassandra;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.cassandra.autoconfigure.CassandraConnectionDetails;

/**
 * Spring Boot's {@link CassandraConnectionDetails} of a coodie-test Cassandra: by default the JVM's
 * {@link SharedCassandra}, started on the first call of a method here (that is, when the first session connects), not
 * when the bean is created. A context that never connects never starts a node.
 */
public class EmbeddedCassandraConnectionDetails implements CassandraConnectionDetails {

  private final Supplier<TestCassandra> cassandra;

  /** Connection details of the shared instance. */
  public EmbeddedCassandraConnectionDetails() {
    this(SharedCassandra::get);
  }

  /** Connection details of the instance {@code cassandra} supplies (called on each use). */
  public EmbeddedCassandraConnectionDetails(Supplier<TestCassandra> cassandra) {
    this.cassandra = cassandra;
  }

  @Override
  public List<Node> getContactPoints() {
    return this.cassandra.get().contactPoints().stream()
        .map((address) -> new Node(address.getHostString(), address.getPort())).toList();
  }

  @Override
  public String getLocalDatacenter() {
    return this.cassandra.get().localDatacenter();
  }
}
