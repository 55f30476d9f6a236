package io.coodie.spring.data.repository.support;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.test.support.OfflineSession;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.data.repository.query.RepositoryQuery;

/** Repositories on an offline session, with the queries they resolved, by method name. */
final class OfflineRepositories {

  final Coodie coodie;

  OfflineRepositories() {
    this(OfflineSession.create());
  }

  /** Repositories on {@code session} (a {@code RecordingSession}'s, say). */
  OfflineRepositories(CqlSession session) {
    this.coodie = Coodie.create(session);
  }

  final Map<String, RepositoryQuery> queries = new LinkedHashMap<>();

  /** Creates the repository (resolving and checking all its methods), recording its queries. */
  <R> R create(Class<R> repository) {
    CoodieRepositoryFactory factory = new CoodieRepositoryFactory(this.coodie);
    factory.addQueryCreationListener((RepositoryQuery query) -> this.queries.put(
        query.getQueryMethod().getName() + "/" + query.getQueryMethod().getParameters().getNumberOfParameters(),
        query));
    return factory.getRepository(repository);
  }

  /** The CQL of a derived or {@code @Query} method with {@code parameters} parameters. */
  String cql(String method, int parameters) {
    RepositoryQuery query = this.queries.get(method + "/" + parameters);
    if (query instanceof PartTreeCoodieQuery<?> derived) {
      return derived.cql();
    }
    if (query instanceof StringCoodieQuery<?> string) {
      return string.cql();
    }
    throw new AssertionError("no derived or @Query method " + method + " with " + parameters + " parameters among "
        + this.queries.keySet());
  }
}
