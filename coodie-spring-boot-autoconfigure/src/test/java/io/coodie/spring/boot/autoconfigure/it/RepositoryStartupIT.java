package io.coodie.spring.boot.autoconfigure.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.cql.DefaultBatchType;
import com.datastax.oss.driver.api.core.cql.Row;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.LwtException;
import io.coodie.spring.boot.autoconfigure.badrepository.OrRepository;
import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.spring.data.repository.support.InvalidRepositoryMethodException;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaSynchronizer;
import io.coodie.spring.boot.autoconfigure.testdomain.PageViews;
import io.coodie.spring.boot.autoconfigure.testdomain.PageViewsRepository;
import io.coodie.spring.boot.autoconfigure.testdomain.TestApplication;
import io.coodie.spring.boot.autoconfigure.testdomain.Token;
import io.coodie.spring.boot.autoconfigure.testdomain.TokenRepository;
import io.coodie.test.spring.EmbeddedCassandraConfiguration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Start-up against the embedded node: the keyspace and the schema are created before the repositories; re-declared
 * CRUD methods with options; counters and batches; a bad repository method fails start-up naming the method.
 */
@SpringBootTest(classes = TestApplication.class)
class RepositoryStartupIT {

  private static final String KEYSPACE = "coodie_startup_it";

  @DynamicPropertySource
  static void cassandra(DynamicPropertyRegistry registry) {
    CassandraProperties.of(KEYSPACE, "update").forEach((key, value) -> registry.add(key, () -> value));
  }

  @Autowired
  CqlSession session;

  @Autowired
  CoodieSchemaSynchronizer synchronizer;

  @Autowired
  TokenRepository tokens;

  @Autowired
  PageViewsRepository views;

  @Autowired
  Coodie coodie;

  @Test
  void startUpCreatedTheKeyspaceTablesAndIndexes() {
    assertThat(this.session.getKeyspace()).hasValueSatisfying((ks) -> assertThat(ks.asInternal()).isEqualTo(KEYSPACE));
    List<String> tables = this.session.execute("SELECT table_name FROM system_schema.tables WHERE keyspace_name = ?",
        KEYSPACE).all().stream().map((row) -> row.getString(0)).toList();
    assertThat(tables).contains("products", "readings", "page_views", "tokens");
    List<String> indexes = this.session.execute("SELECT index_name FROM system_schema.indexes WHERE keyspace_name = ?",
        KEYSPACE).all().stream().map((row) -> row.getString(0)).toList();
    assertThat(indexes).contains("products_category_idx", "products_price_idx", "products_description_idx");
    assertThat(this.synchronizer.plan().statements()).anySatisfy((ddl) -> assertThat(ddl).contains("CREATE TABLE"));
  }

  @Test
  void redeclaredCrudMethodsCarryTheirOptions() {
    this.tokens.save(new Token("t-1", "alice"));
    Row ttl = this.session.execute("SELECT TTL(owner) FROM tokens WHERE id = 't-1'").one();
    assertThat(ttl.getInt(0)).isBetween(3500, 3600);
    assertThat(this.tokens.insert(new Token("t-2", "bob"))).isEqualTo(new Token("t-2", "bob"));
    assertThatException().isThrownBy(() -> this.tokens.insert(new Token("t-2", "eve")))
        .isInstanceOf(DuplicateKeyException.class).havingCause().isInstanceOf(LwtException.class);
    assertThat(this.tokens.findById("t-2")).get().extracting(Token::owner).isEqualTo("bob");
    this.tokens.deleteById("t-2");
    assertThatException().isThrownBy(() -> this.tokens.deleteById("t-2"))
        .isInstanceOf(EmptyResultDataAccessException.class).havingCause().isInstanceOf(LwtException.class);
  }

  @Test
  void countersThroughMutateAndBatches() {
    this.views.view("/home");
    this.views.view("/home");
    this.coodie.batch(DefaultBatchType.COUNTER)
        .add(this.views.mutate("/home").increment("views", 10))
        .add(this.views.mutate("/about").increment("views", 1))
        .execute();
    assertThat(this.views.findById("/home")).get().extracting(PageViews::views).isEqualTo(12L);
    assertThat(this.views.findById("/about")).get().extracting(PageViews::views).isEqualTo(1L);
  }

  @SpringBootConfiguration
  @EnableAutoConfiguration
  @EnableCoodieRepositories(basePackageClasses = OrRepository.class)
  static class BadApplication {
  }

  @Test
  void aBadRepositoryMethodFailsStartUpNamingTheMethod() {
    SpringApplicationBuilder application = new SpringApplicationBuilder(BadApplication.class,
        EmbeddedCassandraConfiguration.class).properties(CassandraProperties.pairs("coodie_bad_startup_it", "none"));
    assertThatException().isThrownBy(application::run).satisfies((ex) -> {
      Throwable cause = ex;
      while (!(cause instanceof InvalidRepositoryMethodException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      assertThat(cause).isInstanceOf(InvalidRepositoryMethodException.class)
          .hasMessageStartingWith("OrRepository.findByCategoryOrName(String, String): Or is not supported");
    });
  }
}
