package io.coodie.spring.boot.autoconfigure.slice;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.test.SharedCassandra;
import io.coodie.test.spring.DataCoodieTest;
import io.coodie.test.spring.EmbeddedCassandraConnectionDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.cassandra.autoconfigure.CassandraConnectionDetails;
import org.springframework.context.ApplicationContext;

/**
 * {@code @DataCoodieTest} with no connection, keyspace or schema properties at all: the embedded node, a keyspace of
 * its own created with the entities' tables, the repositories, and nothing else of the application.
 */
@DataCoodieTest
class DataCoodieTestIT {

  @Autowired
  GadgetRepository gadgets;

  @Autowired
  CqlSession session;

  @Autowired
  ApplicationContext context;

  @Test
  void repositoriesWorkOnTheEmbeddedNodeInTheirOwnKeyspace() {
    this.gadgets.save(new Gadget("g-1", "Lamp"));
    assertThat(this.gadgets.findById("g-1")).contains(new Gadget("g-1", "Lamp"));
    assertThat(this.session.getKeyspace()).hasValueSatisfying((ks) -> assertThat(ks.asInternal())
        .isEqualTo("coodie_datacoodietestit"));
    assertThat(this.session.execute("SELECT name FROM gadgets WHERE sku = 'g-1'").one().getString(0))
        .isEqualTo("Lamp");
    assertThat(this.session.getMetadata().getNodes().values()).singleElement().satisfies((node) -> assertThat(
        node.getEndPoint().resolve()).isEqualTo(SharedCassandra.get().contactPoints().get(0)));
  }

  @Test
  void theConnectionDetailsAreTheEmbeddedNodes() {
    assertThat(this.context.getBeansOfType(CassandraConnectionDetails.class).values()).singleElement()
        .isInstanceOf(EmbeddedCassandraConnectionDetails.class);
  }

  @Test
  void onlyCoodieAndItsRepositories() {
    assertThat(this.context.getBeanNamesForType(GadgetService.class)).isEmpty();
    assertThat(this.context.containsBean("coodieSchemaSynchronizer")).isTrue();
    assertThat(this.context.getBeanNamesForType(org.springframework.data.cassandra.core.CassandraTemplate.class))
        .as("no Spring Data Cassandra in the slice").isEmpty();
  }
}
