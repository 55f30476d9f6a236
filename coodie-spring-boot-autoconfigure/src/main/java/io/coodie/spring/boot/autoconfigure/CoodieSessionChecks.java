package io.coodie.spring.boot.autoconfigure;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.config.DriverExecutionProfile;
import com.datastax.oss.driver.api.core.metadata.Node;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Checks every {@link CqlSession} bean once it is connected: when the driver's configured local datacenter
 * ({@code spring.cassandra.local-datacenter}) has no node of the cluster, the session is closed and its creation fails
 * with {@link UnknownDatacenterException}. The driver itself only logs a warning then, and every request later fails
 * with "No node was available to execute the query".
 */
public class CoodieSessionChecks implements BeanPostProcessor {

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (bean instanceof CqlSession session) {
      checkLocalDatacenter(session);
    }
    return bean;
  }

  /**
   * Fails when the session's configured local datacenter has none of its nodes.
   *
   * @throws UnknownDatacenterException after closing the session
   */
  static void checkLocalDatacenter(CqlSession session) {
    String local;
    Set<String> known = new TreeSet<>();
    try {
      DriverExecutionProfile profile = session.getContext().getConfig().getDefaultProfile();
      local = profile.getString(DefaultDriverOption.LOAD_BALANCING_LOCAL_DATACENTER, null);
      if (local == null || local.isBlank()) {
        return;
      }
      for (Node node : session.getMetadata().getNodes().values()) {
        if (node.getDatacenter() != null) {
          known.add(node.getDatacenter());
        }
      }
    } catch (RuntimeException ex) {
      return; // a session (a test double, say) that cannot report its configuration or nodes is not checked
    }
    if (known.isEmpty() || known.contains(local)) {
      return;
    }
    session.close();
    throw new UnknownDatacenterException(UnknownDatacenterException.Source.LOCAL_DATACENTER, Set.of(local), known,
        "The local datacenter '" + local + "' (spring.cassandra.local-datacenter) has no node; the cluster's nodes"
            + " are in " + known);
  }
}
