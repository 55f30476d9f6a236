package io.coodie.spring.boot.autoconfigure.health;

import com.datastax.oss.driver.api.core.ConsistencyLevel;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.ResultSet;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.cql.SimpleStatement;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.util.function.Supplier;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Health of coodie's Cassandra connection: UP when the coordinator answers
 * {@code SELECT release_version FROM system.local}, with details {@code version} (the Cassandra release of the
 * coordinator), {@code datacenter} (its datacenter) and {@code keyspace} (the session's, if bound); DOWN with the
 * error otherwise.
 *
 * <p>The session is obtained on each check, not at construction: the indicator itself never connects the session
 * early, and an application whose session bean is created on demand reports DOWN with the connection error instead
 * of failing when the indicator is built. (With the starter's {@code Coodie} bean the session connects at start-up,
 * and a node that cannot be reached fails start-up.)
 */
public class CoodieHealthIndicator extends AbstractHealthIndicator {

  static final SimpleStatement QUERY = SimpleStatement.newInstance("SELECT release_version FROM system.local")
      .setConsistencyLevel(ConsistencyLevel.LOCAL_ONE)
      .setIdempotent(true);

  private final Supplier<CqlSession> session;

  /** A health indicator querying the session returned by {@code session}, called on each check. */
  public CoodieHealthIndicator(Supplier<CqlSession> session) {
    super("Cassandra health check failed");
    this.session = session;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    CqlSession cqlSession = this.session.get();
    ResultSet result = cqlSession.execute(QUERY);
    Row row = result.one();
    builder.up().withDetail("version", row == null ? "unknown" : String.valueOf(row.getString("release_version")));
    Node coordinator = result.getExecutionInfo().getCoordinator();
    if (coordinator != null && coordinator.getDatacenter() != null) {
      builder.withDetail("datacenter", coordinator.getDatacenter());
    }
    cqlSession.getKeyspace().ifPresent((keyspace) -> builder.withDetail("keyspace", keyspace.asInternal()));
  }
}
