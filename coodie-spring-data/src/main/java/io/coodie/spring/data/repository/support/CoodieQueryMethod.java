package io.coodie.spring.data.repository.support;

import java.lang.reflect.Method;
import org.springframework.data.projection.ProjectionFactory;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.query.QueryMethod;

/** A repository query method, with coodie's parameters ({@code @Ttl} and {@code @Timestamp} are not bound). */
final class CoodieQueryMethod extends QueryMethod {

  private final Method method;
  private final Class<?> repositoryInterface;

  CoodieQueryMethod(Method method, RepositoryMetadata metadata, ProjectionFactory factory) {
    super(method, metadata, factory, CoodieParameters::new);
    this.method = method;
    this.repositoryInterface = metadata.getRepositoryInterface();
  }

  /** The Java method. */
  Method method() {
    return this.method;
  }

  /** The repository interface the method is invoked through. */
  Class<?> repositoryInterface() {
    return this.repositoryInterface;
  }

  @Override
  public CoodieParameters getParameters() {
    return (CoodieParameters) super.getParameters();
  }

  /** Fails the method with {@code problem}. */
  InvalidRepositoryMethodException invalid(String problem) {
    return new InvalidRepositoryMethodException(this.method, problem, null);
  }
}
