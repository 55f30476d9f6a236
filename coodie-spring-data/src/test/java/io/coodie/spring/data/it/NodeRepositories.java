package io.coodie.spring.data.it;

import com.datastax.oss.driver.api.core.CqlSession;
import com.datastax.oss.driver.api.core.CqlSessionBuilder;
import com.datastax.oss.driver.api.core.tracker.RequestTracker;
import io.coodie.core.api.Coodie;
import io.coodie.core.api.schema.Replication;
import io.coodie.core.api.schema.SchemaAction;
import io.coodie.core.api.schema.SchemaManager;
import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.spring.data.testdomain.PageViews;
import io.coodie.spring.data.testdomain.Product;
import io.coodie.spring.data.testdomain.Reading;
import io.coodie.spring.data.testdomain.Token;
import io.coodie.test.SharedCassandra;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Plain Spring (no Spring Boot) on coodie-test's shared node: a session on the keyspace named by
 * {@code test.keyspace} (created if missing), the testdomain tables, a {@link Coodie} and the testdomain
 * repositories. A {@link RequestTracker} bean, if any, records what the session sends. Further entity classes get
 * their tables from {@link EntityClasses} beans.
 */
@Configuration(proxyBeanMethods = false)
@EnableCoodieRepositories(basePackageClasses = Product.class)
public class NodeRepositories {

  /** Entity classes whose tables a test needs besides the testdomain's. */
  public record EntityClasses(List<Class<?>> classes) {
    public static EntityClasses of(Class<?>... classes) {
      return new EntityClasses(List.of(classes));
    }
  }

  @Bean(destroyMethod = "close")
  CqlSession cqlSession(Environment environment, ObjectProvider<RequestTracker> trackers) {
    String keyspace = environment.getRequiredProperty("test.keyspace");
    try (CqlSession admin = SharedCassandra.get().sessionBuilder().build()) {
      SchemaManager.create(admin).createKeyspace(keyspace, Replication.simple(1));
    }
    CqlSessionBuilder builder = SharedCassandra.get().sessionBuilder().withKeyspace(keyspace);
    trackers.orderedStream().forEach(builder::addRequestTracker);
    return builder.build();
  }

  @Bean
  Coodie coodie(CqlSession session, ObjectProvider<EntityClasses> more) {
    List<Class<?>> entities = new ArrayList<>(List.of(Product.class, Reading.class, PageViews.class, Token.class));
    more.orderedStream().forEach((extra) -> entities.addAll(extra.classes()));
    SchemaManager.create(session).sync(SchemaAction.UPDATE, entities);
    return Coodie.create(session);
  }
}
