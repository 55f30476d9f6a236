package io.coodie.spring.data.repository.support;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.support.RepositoryProxyPostProcessor;
import org.springframework.data.repository.query.RepositoryQuery;

/**
 * Serves CRUD methods of {@code CoodieRepository} that a repository re-declares with coodie annotations
 * ({@code @Ttl(60) Product save(Product p)}, {@code @IfExists boolean deleteById(String id)}, ...): Spring Data
 * routes them to the base implementation, which knows nothing of annotations, so an interceptor in front of it runs
 * them as entity writes instead. Annotations on re-declared read methods fail at start-up rather than being ignored.
 */
final class RedeclaredMethodsPostProcessor implements RepositoryProxyPostProcessor {

  private static final Set<String> WRITES = Set.of("save", "insert", "update", "delete", "deleteById");

  private final CoodieRepositoryFactory factory;
  private final Supplier<ProjectionFactory> projections;

  RedeclaredMethodsPostProcessor(CoodieRepositoryFactory factory, Supplier<ProjectionFactory> projections) {
    this.factory = factory;
    this.projections = projections;
  }

  @Override
  public void postProcess(ProxyFactory proxy, RepositoryInformation information) {
    Map<Method, RepositoryQuery> queries = new HashMap<>();
    for (Method method : information.getRepositoryInterface().getMethods()) {
      if (method.isDefault() || Modifier.isStatic(method.getModifiers()) || !information.isBaseClassMethod(method)
          || information.isQueryMethod(method) || !MethodOptions.isAnnotated(method)) {
        continue;
      }
      if (!WRITES.contains(method.getName()) || method.getParameterCount() != 1) {
        throw new InvalidRepositoryMethodException(method, "coodie annotations on a re-declared CoodieRepository"
            + " method apply to save, insert, update, delete and deleteById only; declare a query method instead"
            + " (for example @Consistency(...) Optional<T> findBy...(...))", null);
      }
      queries.put(method, CoodieQueryLookupStrategy.create(method, information, this.projections.get(),
          this.factory.context(information), true));
    }
    if (!queries.isEmpty()) {
      proxy.addAdvice(new Interceptor(queries));
    }
  }

  private record Interceptor(Map<Method, RepositoryQuery> queries) implements MethodInterceptor {

    @Override
    public Object invoke(MethodInvocation invocation) throws Throwable {
      RepositoryQuery query = this.queries.get(invocation.getMethod());
      return query == null ? invocation.proceed() : query.execute(invocation.getArguments());
    }
  }
}
