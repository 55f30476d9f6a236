package io.coodie.spring.boot.autoconfigure.sdc;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.spring.boot.autoconfigure.health.CoodieHealthIndicator;
import io.coodie.spring.data.repository.support.SimpleCoodieRepository;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.data.cassandra.core.CassandraTemplate;
import org.springframework.data.cassandra.repository.support.SimpleCassandraRepository;

/**
 * spring-boot-starter-data-cassandra next to coodie, on the embedded node (no connection properties: coodie-test
 * supplies the connection details): one session, Spring Data Cassandra's repository for its entity and coodie's for
 * coodie's (strict repository mode), each table created by its own module, and one health indicator.
 */
@SpringBootTest(classes = SdcApplication.class, properties = { "spring.cassandra.keyspace-name=coodie_sdc_it",
    "coodie.keyspace.create=true", "coodie.schema.action=create",
    "spring.cassandra.schema-action=create_if_not_exists" })
class SpringDataCassandraIT {

  @Autowired
  ApplicationContext context;

  @Autowired
  CqlSession session;

  @Autowired
  NoteRepository notes;

  @Autowired
  ItemRepository items;

  @Autowired
  CassandraTemplate template;

  @Autowired
  Coodie coodie;

  @Test
  void oneSessionSharedByBothModules() {
    assertThat(this.context.getBeanNamesForType(CqlSession.class)).containsExactly("cassandraSession");
    assertThat(this.session.getKeyspace()).hasValueSatisfying((ks) -> assertThat(ks.asInternal())
        .isEqualTo("coodie_sdc_it"));
    assertThat(this.coodie.session()).isSameAs(this.session);
    assertThat(this.template.getCqlOperations().execute((CqlSession s) -> s.getContext()))
        .isSameAs(this.session.getContext());
  }

  @Test
  void eachModuleCreatesAndServesItsOwnRepository() throws Exception {
    assertThat(((Advised) this.notes).getTargetSource().getTarget()).isInstanceOf(SimpleCassandraRepository.class);
    assertThat(((Advised) this.items).getTargetSource().getTarget()).isInstanceOf(SimpleCoodieRepository.class);

    this.notes.save(new Note("n1", "from Spring Data"));
    this.items.save(new Item("i1", "from coodie"));
    this.items.save(new Item("i2", "also from coodie"));

    assertThat(this.session.execute("SELECT text FROM sdc_notes WHERE id = 'n1'").one().getString(0))
        .isEqualTo("from Spring Data");
    assertThat(this.session.execute("SELECT name FROM coodie_items WHERE id = 'i1'").one().getString(0))
        .isEqualTo("from coodie");
    assertThat(this.notes.findById("n1")).contains(new Note("n1", "from Spring Data"));
    assertThat(this.items.findByIdIn(List.of("i1", "i2"))).extracting(Item::name)
        .containsExactlyInAnyOrder("from coodie", "also from coodie");
  }

  @Test
  void oneHealthIndicatorForTheOneSession() {
    // Spring Boot's own cassandra contributor backed off; the others are Boot's disk space, ping and SSL indicators
    assertThat(this.context.getBeansOfType(HealthContributor.class)).containsOnlyKeys("coodieHealthIndicator",
        "diskSpaceHealthIndicator", "pingHealthContributor", "sslHealthIndicator");
    assertThat(this.context.getBean(CoodieHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
  }

  /** Spring Data enters strict mode when more than one repository factory is registered in spring.factories. */
  @Test
  void bothModulesCountForStrictMode() {
    assertThat(org.springframework.core.io.support.SpringFactoriesLoader.loadFactoryNames(
        org.springframework.data.repository.core.support.RepositoryFactorySupport.class, getClass().getClassLoader()))
        .contains("io.coodie.spring.data.repository.support.CoodieRepositoryFactory",
            "org.springframework.data.cassandra.repository.support.CassandraRepositoryFactory");
  }
}
