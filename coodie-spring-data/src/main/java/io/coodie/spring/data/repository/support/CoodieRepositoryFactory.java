package io.coodie.spring.data.repository.support;

import io.coodie.core.api.Coodie;
import io.coodie.core.api.metadata.EntityMetadata;
import io.coodie.spring.data.auditing.CoodieAuditingHandler;
import io.coodie.spring.data.core.CoodieExceptionTranslator;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.data.repository.core.EntityInformation;
import org.springframework.data.repository.core.RepositoryInformation;
import org.springframework.data.repository.core.RepositoryMetadata;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.data.repository.query.QueryLookupStrategy;
import org.springframework.data.repository.query.QueryLookupStrategy.Key;
import org.springframework.data.repository.query.ValueExpressionDelegate;
import org.springframework.util.Assert;

/**
 * Creates coodie repositories: {@link SimpleCoodieRepository} serves the {@code CoodieRepository} methods,
 * {@code @Query}, entity write and derived query methods are resolved and checked when the repository is created.
 * Usable without Spring's container: {@code new CoodieRepositoryFactory(coodie).getRepository(ProductRepository.class)}.
 */
public class CoodieRepositoryFactory extends RepositoryFactorySupport {

  private final Coodie coodie;
  private final Map<Class<?>, RepositoryContext<?, ?>> contexts = new ConcurrentHashMap<>();
  private @Nullable CoodieAuditingHandler auditing;

  /**
   * Creates a factory.
   *
   * @param coodie the coodie repositories run on
   */
  public CoodieRepositoryFactory(Coodie coodie) {
    Assert.notNull(coodie, "Coodie must not be null");
    this.coodie = coodie;
    addRepositoryProxyPostProcessor(new ExceptionTranslationPostProcessor(new CoodieExceptionTranslator()));
    addRepositoryProxyPostProcessor(new RedeclaredMethodsPostProcessor(this, this::getProjectionFactory));
  }

  /**
   * Fills the auditing properties of entities before writes ({@code @EnableCoodieAuditing} sets it in a Spring
   * context). Without it, entities with auditing annotations are refused.
   *
   * @param auditing the auditing handler
   */
  public void setAuditingHandler(@Nullable CoodieAuditingHandler auditing) {
    this.auditing = auditing;
  }

  @Override
  public EntityInformation<?, ?> getEntityInformation(RepositoryMetadata metadata) {
    return context(metadata).information();
  }

  @Override
  protected Object getTargetRepository(RepositoryInformation information) {
    return getTargetRepositoryViaReflection(information, context(information).information(), this.coodie);
  }

  @Override
  protected Class<?> getRepositoryBaseClass(RepositoryMetadata metadata) {
    return SimpleCoodieRepository.class;
  }

  @Override
  protected Optional<QueryLookupStrategy> getQueryLookupStrategy(Key key, ValueExpressionDelegate delegate) {
    return Optional.of(new CoodieQueryLookupStrategy(this));
  }

  /**
   * The context of a repository: its entity's operations and information, checked once (the entity must be a
   * {@code @Table} class, the ID type must fit its key).
   */
  @SuppressWarnings({ "unchecked", "rawtypes" })
  RepositoryContext<?, ?> context(RepositoryMetadata metadata) {
    return this.contexts.computeIfAbsent(metadata.getRepositoryInterface(), (repository) -> {
      try {
        EntityMetadata<?> entity = this.coodie.entity(metadata.getDomainType()).metadata();
        CoodieEntityInformation<?, ?> information =
            new CoodieEntityInformation(this.coodie, entity, metadata.getIdType(), this.auditing);
        return new RepositoryContext(this.coodie, information, this.coodie.entity(metadata.getDomainType()));
      } catch (RuntimeException ex) {
        throw new IllegalStateException(repository.getSimpleName() + ": " + ex.getMessage(), ex);
      }
    });
  }
}
