package io.coodie.test;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Optional;

/**
 * A running Cassandra that tests connect to: an {@link EmbeddedCassandra} by default, or a Testcontainers
 * container when {@code COODIE_TEST_BACKEND=testcontainers}. Obtain the JVM-wide instance from
 * {@link SharedCassandra#get()} or as a parameter of a {@link CassandraTest} class.
 */
public interface TestCassandra {

  /** CQL contact points. */
  List<InetSocketAddress> contactPoints();

  /** The datacenter to give the driver as local datacenter. */
  String localDatacenter();

  /** The embedded cluster behind this instance, if that is the backend. */
  Optional<EmbeddedCassandra> embedded();

  /** A session builder with the contact points, local datacenter and {@link TestDriverConfig} settings. */
  default CqlSessionBuilder sessionBuilder() {
    return CqlSession.builder()
        .addContactPoints(contactPoints())
        .withLocalDatacenter(localDatacenter())
        .withConfigLoader(TestDriverConfig.loader());
  }
}
