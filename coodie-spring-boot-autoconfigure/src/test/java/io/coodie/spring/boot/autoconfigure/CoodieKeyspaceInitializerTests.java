package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The CQL that creates the keyspace, rendered from {@code coodie.keyspace.*} without a node. */
class CoodieKeyspaceInitializerTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CoodieAutoConfiguration.class))
      .withPropertyValues("coodie.keyspace.create=true");

  private void assertCql(String expected, String... properties) {
    this.runner.withPropertyValues(properties).run((context) -> assertThat(
        context.getBean(CoodieKeyspaceInitializer.class).createKeyspaceStatement().getQuery()).isEqualTo(expected));
  }

  @Test
  void simpleStrategyByDefault() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'SimpleStrategy','replication_factor':1}"
        + " AND durable_writes=true", "coodie.keyspace.name=shop");
  }

  @Test
  void simpleStrategyWithFactorAndWithoutDurableWrites() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'SimpleStrategy','replication_factor':3}"
        + " AND durable_writes=false", "coodie.keyspace.name=shop", "coodie.keyspace.replication.factor=3",
        "coodie.keyspace.durable-writes=false");
  }

  @Test
  void networkTopologyStrategyKeepsDatacenterNamesAndOrder() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'NetworkTopologyStrategy',"
        + "'dc1':3,'DC2':2} AND durable_writes=true", "coodie.keyspace.name=shop",
        "coodie.keyspace.replication.strategy=network-topology", "coodie.keyspace.replication.datacenters.dc1=3",
        "coodie.keyspace.replication.datacenters[DC2]=2");
  }

  @Test
  void quotesInDatacenterNamesAreDoubled() {
    assertCql("CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'NetworkTopologyStrategy',"
        + "'data''center':1} AND durable_writes=true", "coodie.keyspace.name=shop",
        "coodie.keyspace.replication.strategy=network-topology",
        "coodie.keyspace.replication.datacenters[data'center]=1");
    // a name crafted to end its literal and add replication_factor stays one (unknown) datacenter name
    CoodieProperties.Keyspace keyspace = new CoodieProperties.Keyspace("shop", true, new CoodieProperties.Replication(
        CoodieProperties.ReplicationStrategy.NETWORK_TOPOLOGY, 1,
        java.util.Map.of("datacenter1': '2', 'replication_factor", 1)), true);
    assertThat(new CoodieKeyspaceInitializer(keyspace).createKeyspaceStatement().getQuery()).isEqualTo(
        "CREATE KEYSPACE IF NOT EXISTS shop WITH replication={'class':'NetworkTopologyStrategy',"
            + "'datacenter1'': ''2'', ''replication_factor':1} AND durable_writes=true");
  }

  @Test
  void keyspaceNamesFollowCqlCase() {
    this.runner.withPropertyValues("coodie.keyspace.name=Shop").run((context) -> {
      CoodieKeyspaceInitializer initializer = context.getBean(CoodieKeyspaceInitializer.class);
      assertThat(initializer.keyspace().asInternal()).isEqualTo("shop");
      assertThat(initializer.createKeyspaceStatement().getQuery()).startsWith("CREATE KEYSPACE IF NOT EXISTS shop ");
    });
    this.runner.withPropertyValues("coodie.keyspace.name=\"Shop\"").run((context) -> assertThat(
        context.getBean(CoodieKeyspaceInitializer.class).createKeyspaceStatement().getQuery())
        .startsWith("CREATE KEYSPACE IF NOT EXISTS \"Shop\" "));
  }
}
