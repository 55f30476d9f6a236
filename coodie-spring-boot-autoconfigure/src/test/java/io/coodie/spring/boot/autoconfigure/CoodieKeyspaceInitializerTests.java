package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlIdentifier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.cassandra.autoconfigure.CassandraAutoConfiguration;
import org.springframework.boot.cassandra.autoconfigure.CassandraProperties;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The CQL that creates the keyspace of {@code spring.cassandra.keyspace-name}, rendered from {@code coodie.keyspace.*}
 * without a node.
 */
class CoodieKeyspaceInitializerTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CassandraAutoConfiguration.class, CoodieAutoConfiguration.class))
      .withPropertyValues("coodie.keyspace.create=true");

  /**
   * The initializer of a creator built as the auto-configuration builds it, from the bound properties (getting the
   * bean itself would connect).
   */
  static CoodieKeyspaceInitializer initializer(AssertableApplicationContext context) {
    assertThat(context).hasNotFailed();
    assertThat(context.getBeanFactory().containsBeanDefinition("coodieKeyspaceCreator")).isTrue();
    return new CoodieKeyspaceCreator(context.getBean(CoodieProperties.class).keyspace(),
        context.getBean(CassandraProperties.class).getKeyspaceName(), () -> {
          throw new AssertionError("connects");
        }).initializer();
  }

  private void assertCql(String expected, String... properties) {
    this.runner.withPropertyValues(properties).run((context) -> assertThat(
        initializer(context).createKeyspaceStatement().getQuery()).isEqualTo(expected));
  }

  @Test
  void simpleStrategyByDefault() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'SimpleStrategy','replication_factor':1}"
        + " AND durable_writes=true", "spring.cassandra.keyspace-name=shop");
  }

  @Test
  void simpleStrategyWithFactorAndWithoutDurableWrites() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'SimpleStrategy','replication_factor':3}"
        + " AND durable_writes=false", "spring.cassandra.keyspace-name=shop", "coodie.keyspace.replication.factor=3",
        "coodie.keyspace.durable-writes=false");
  }

  @Test
  void networkTopologyStrategyKeepsDatacenterNamesAndOrder() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'NetworkTopologyStrategy',"
        + "'dc1':3,'DC2':2} AND durable_writes=true", "spring.cassandra.keyspace-name=shop",
        "coodie.keyspace.replication.strategy=network-topology", "coodie.keyspace.replication.datacenters.dc1=3",
        "coodie.keyspace.replication.datacenters[DC2]=2");
  }

  @Test
  void quotesInDatacenterNamesAreDoubled() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'NetworkTopologyStrategy',"
        + "'data''center':1} AND durable_writes=true", "spring.cassandra.keyspace-name=shop",
        "coodie.keyspace.replication.strategy=network-topology",
        "coodie.keyspace.replication.datacenters[data'center]=1");
    // a name crafted to end its literal and add replication_factor stays one (unknown) datacenter name
    CoodieProperties.Keyspace keyspace = new CoodieProperties.Keyspace(true, new CoodieProperties.Replication(
        CoodieProperties.ReplicationStrategy.NETWORK_TOPOLOGY, 1,
        java.util.Map.of("datacenter1': '2', 'replication_factor", 1)), true);
    assertThat(new CoodieKeyspaceInitializer(CqlIdentifier.fromCql("shop"), keyspace).createKeyspaceStatement()
        .getQuery()).isEqualTo(
        "CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'NetworkTopologyStrategy',"
            + "'datacenter1'': ''2'', ''replication_factor':1} AND durable_writes=true");
  }

  @Test
  void aNameCoodieCannotCreateIsRefused() {
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=my-shop").run((context) -> assertThat(
        org.assertj.core.api.Assertions.catchThrowable(() -> initializer(context))).hasMessage("spring.cassandra.keyspace-name 'my-shop' is not a keyspace name coodie can create:"
            + " use 1 to 48 letters, digits or underscores (double-quote it to keep upper case)"));
  }

  @Test
  void nothingToCreateUnlessAskedTo() {
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=shop", "coodie.keyspace.create=false")
        .run((context) -> assertThat(initializer(context)).isNull());
  }

  @Test
  void keyspaceNamesFollowCqlCase() {
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=Shop").run((context) -> {
      CoodieKeyspaceInitializer initializer = initializer(context);
      assertThat(initializer.keyspace().asInternal()).isEqualTo("shop");
      assertThat(initializer.createKeyspaceStatement().getQuery()).startsWith("CREATE KEYSPACE IF NOT EXISTS shop ");
    });
    this.runner.withPropertyValues("spring.cassandra.keyspace-name=\"Shop\"").run((context) -> assertThat(
        initializer(context).createKeyspaceStatement().getQuery())
        .startsWith("CREATE KEYSPACE IF NOT EXISTS \"Shop\" "));
  }
}
