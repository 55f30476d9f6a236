package io.coodie.spring.data.repository.support;

import io.coodie.spring.data.repository.Query;
import java.lang.reflect.Method;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.NamedQueries;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * Resolves a repository query method: {@link Query @Query} first, then an entity write method
 * ({@code insert/save/update/delete...(entity, ...)}), else a query derived from the name. Every failure is an
 * {@link InvalidRepositoryMethodException} naming the method, raised while the repository is created.
 */
final class CoodieQueryLookupStrategy implements QueryLookupStrategy {

  private final CoodieRepositoryFactory factory;

  CoodieQueryLookupStrategy(CoodieRepositoryFactory factory) {
    this.factory = factory;
  }

  @Override
  public RepositoryQuery resolveQuery(Method method, RepositoryMetadata metadata, ProjectionFactory projections,
      NamedQueries namedQueries) {
    return create(method, metadata, projections, this.factory.context(metadata), false);
  }

  /** The query of {@code method}; {@code write} forces an entity write (re-declared CRUD methods). */
  static RepositoryQuery create(Method method, RepositoryMetadata metadata, ProjectionFactory projections,
      RepositoryContext<?, ?> context, boolean write) {
    try {
      CoodieQueryMethod queryMethod = new CoodieQueryMethod(method, metadata, projections);
      if (!write && AnnotatedElementUtils.hasAnnotation(method, Query.class)) {
        return new StringCoodieQuery<>(queryMethod, context);
      }
      if (write || EntityWriteQuery.handles(method)) {
        return new EntityWriteQuery<>(queryMethod, context);
      }
      return new PartTreeCoodieQuery<>(queryMethod, context);
    } catch (InvalidRepositoryMethodException ex) {
      throw ex;
    } catch (RuntimeException ex) {
      throw new InvalidRepositoryMethodException(method, String.valueOf(ex.getMessage()), ex);
    }
  }
}
