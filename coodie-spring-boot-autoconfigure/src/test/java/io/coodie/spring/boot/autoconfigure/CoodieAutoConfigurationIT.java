package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.config.DefaultDriverOption;
import com.datastax.oss.driver.api.core.cql.Row;
import com.datastax.oss.driver.api.core.InvalidKeyspaceException;
import io.coodie.spring.boot.autoconfigure.health.CoodieHealthContributorAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.health.CoodieHealthIndicator;
import io.coodie.test.SharedCassandra;
import io.coodie.test.TestCassandra;
import io.coodie.test.TestDriverConfig;
import io.coodie.test.spring.EmbeddedCassandraConfiguration;
import io.coodie.test.spring.TestDriverConfigCustomizer;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The auto-configured session against a real Cassandra node (coodie-test's shared node, no Docker). */
class CoodieAutoConfigurationIT {

  private static final AtomicInteger KEYSPACES = new AtomicInteger();

  private final TestCassandra cassandra = SharedCassandra.get();

  private final String keyspace = "coodie_it_" + KEYSPACES.incrementAndGet();

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class,
          CoodieHealthContributorAutoConfiguration.class))
      .withUserConfiguration(EmbeddedCassandraConfiguration.class);

  /** The shared node through spring.cassandra.* rather than connection details. */
  private ApplicationContextRunner byProperties() {
    return new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class))
        .withBean(TestDriverConfigCustomizer.class, TestDriverConfigCustomizer::new)
        .withPropertyValues("spring.cassandra.contact-points=" + this.cassandra.contactPoints().stream()
            .map((address) -> address.getHostString() + ":" + address.getPort()).collect(Collectors.joining(",")));
  }

  private static CqlSession admin;

  @BeforeAll
  static void connectAdmin() {
    admin = SharedCassandra.get().sessionBuilder().withConfigLoader(TestDriverConfig.builder()
        .withInt(DefaultDriverOption.NETTY_IO_SHUTDOWN_QUIET_PERIOD, 0)
        .withInt(DefaultDriverOption.NETTY_ADMIN_SHUTDOWN_QUIET_PERIOD, 0).build()).build();
  }

  @AfterAll
  static void closeAdmin() {
    admin.close();
  }

  @AfterEach
  void dropKeyspace() {
    admin.execute("DROP KEYSPACE IF EXISTS " + this.keyspace);
  }

  @Test
  void connects() {
    this.runner.run((context) -> {
      CqlSession session = context.getBean(CqlSession.class);
      assertThat(session.execute("SELECT release_version FROM system.local").one().getString(0)).isNotBlank();
      assertThat(session.getKeyspace()).isEmpty();
    });
  }

  @Test
  void createsTheKeyspaceWithSimpleStrategyAndBindsToIt() {
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace, "coodie.keyspace.create=true",
        "coodie.keyspace.replication.factor=2", "coodie.keyspace.durable-writes=false").run((context) -> {
          CqlSession session = context.getBean(CqlSession.class);
          assertThat(session.getKeyspace()).contains(CqlIdentifier.fromInternal(this.keyspace));
          Row row = keyspaceRow(session);
          assertThat(row.getMap("replication", String.class, String.class)).containsOnly(
              entry("class", "org.apache.cassandra.locator.SimpleStrategy"), entry("replication_factor", "2"));
          assertThat(row.getBoolean("durable_writes")).isFalse();
        });
    // IF NOT EXISTS: a second start finds the keyspace and leaves it as it is
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace, "coodie.keyspace.create=true")
        .run((context) -> assertThat(keyspaceRow(context.getBean(CqlSession.class))
            .getMap("replication", String.class, String.class)).containsEntry("replication_factor", "2"));
  }

  @Test
  void createsTheKeyspaceWithNetworkTopologyStrategy() {
    String dc = this.cassandra.localDatacenter();
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace, "coodie.keyspace.create=true",
        "coodie.keyspace.replication.strategy=network-topology",
        "coodie.keyspace.replication.datacenters[" + dc + "]=1").run((context) -> {
          Map<String, String> replication = keyspaceRow(context.getBean(CqlSession.class))
              .getMap("replication", String.class, String.class);
          assertThat(replication).containsOnly(
              entry("class", "org.apache.cassandra.locator.NetworkTopologyStrategy"), entry(dc, "1"));
          assertThat(keyspaceRow(context.getBean(CqlSession.class)).getBoolean("durable_writes")).isTrue();
        });
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void warnsWhenAnExistingKeyspaceHasAnotherReplication(CapturedOutput output) {
    admin.execute("CREATE KEYSPACE " + this.keyspace
        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace, "coodie.keyspace.create=true",
        "coodie.keyspace.replication.factor=3").run((context) -> {
          assertThat(keyspaceRow(context.getBean(CqlSession.class)).getMap("replication", String.class, String.class))
              .containsEntry("replication_factor", "1");
        });
    assertThat(output).contains("WARN").contains("Keyspace " + this.keyspace + " already exists with replication"
        + " {class=SimpleStrategy, replication_factor=1}, not the configured {class=SimpleStrategy,"
        + " replication_factor=3} (coodie.keyspace.replication.*); it is kept as it is.");
  }

  @Test
  @ExtendWith(OutputCaptureExtension.class)
  void aMatchingExistingKeyspaceIsKeptWithoutAWarning(CapturedOutput output) {
    admin.execute("CREATE KEYSPACE " + this.keyspace
        + " WITH replication = {'class': 'SimpleStrategy', 'replication_factor': 1}");
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace, "coodie.keyspace.create=true")
        .run((context) -> assertThat(context.getBean(CqlSession.class).getKeyspace()).isPresent());
    assertThat(output).contains("Creating keyspace " + this.keyspace).doesNotContain("already exists with");
  }

  /** A datacenter name with a quote is one name (the server refuses it as unknown), never malformed CQL. */
  @Test
  void aDatacenterNameWithAQuoteStaysOneName() {
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace, "coodie.keyspace.create=true",
        "coodie.keyspace.replication.strategy=network-topology",
        "coodie.keyspace.replication.datacenters[data'center]=1").run((context) -> {
          Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
              () -> context.getBean(CqlSession.class));
          assertThat(failure).rootCause().isInstanceOf(UnknownDatacenterException.class).hasMessage("Keyspace "
              + this.keyspace + " would have replicas in datacenter(s) [data'center]"
              + " (coodie.keyspace.replication.datacenters), but the cluster's nodes are in ["
              + this.cassandra.localDatacenter() + "]");
        });
    assertThat(admin.execute("SELECT * FROM system_schema.keyspaces WHERE keyspace_name = ?", this.keyspace).one())
        .isNull();
  }

  @Test
  void springCassandraPropertiesConnect() {
    byProperties().withPropertyValues("spring.cassandra.local-datacenter=" + this.cassandra.localDatacenter())
        .run((context) -> assertThat(context.getBean(CqlSession.class)
            .execute("SELECT data_center FROM system.local").one().getString(0))
            .isEqualTo(this.cassandra.localDatacenter()));
  }

  @Test
  void aLocalDatacenterWithoutNodesFailsStartUp() {
    byProperties().withPropertyValues("spring.cassandra.local-datacenter=nowhere").run((context) -> {
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.getBean(CqlSession.class));
      assertThat(failure).rootCause().isInstanceOf(UnknownDatacenterException.class).hasMessage("The local"
          + " datacenter 'nowhere' (spring.cassandra.local-datacenter) has no node; the cluster's nodes are in ["
          + this.cassandra.localDatacenter() + "]");
    });
  }

  @Test
  void aMissingKeyspaceFailsWithTheDriversInvalidKeyspaceException() {
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace).run((context) -> {
      Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> context.getBean(CqlSession.class));
      assertThat(failure).rootCause().isInstanceOf(InvalidKeyspaceException.class)
          .hasMessage("Invalid keyspace " + this.keyspace);
    });
  }

  @Test
  void healthIsUpWithVersionAndDatacenter() {
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=" + this.keyspace, "coodie.keyspace.create=true")
        .run((context) -> {
          Health health = context.getBean(CoodieHealthIndicator.class).health();
          assertThat(health.getStatus()).isEqualTo(Status.UP);
          assertThat(health.getDetails()).containsEntry("datacenter", this.cassandra.localDatacenter())
              .containsEntry("keyspace", this.keyspace).containsKey("version");
          assertThat(health.getDetails().get("version")).asString().matches("\\d+\\.\\d+.*");
        });
  }

  private Row keyspaceRow(CqlSession session) {
    Row row = session.execute("SELECT replication, durable_writes FROM system_schema.keyspaces WHERE keyspace_name = ?",
        this.keyspace).one();
    assertThat(row).as("keyspace %s in system_schema.keyspaces", this.keyspace).isNotNull();
    return row;
  }
}
