package io.coodie.spring.data.repository.support;

import io.coodie.core.api.Coodie;
import io.coodie.spring.data.auditing.CoodieAuditingHandler;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.core.ResolvableType;
import org.springframework.data.mapping.callback.EntityCallback;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.core.support.RepositoryFactoryBeanSupport;
import org.springframework.data.repository.core.support.RepositoryFactorySupport;
import org.springframework.util.Assert;

/**
 * The factory bean of one coodie repository, registered by {@code @EnableCoodieRepositories} or Spring Boot's
 * auto-configuration. Its {@link Coodie} is the bean named by {@code coodieRef}, else the only {@code Coodie} bean.
 *
 * @param <T> the repository type
 * @param <S> the entity type
 * @param <ID> the ID type
 */
public class CoodieRepositoryFactoryBean<T extends Repository<S, ID>, S, ID>
    extends RepositoryFactoryBeanSupport<T, S, ID> {

  private @Nullable Coodie coodie;
  private @Nullable BeanFactory beanFactory;

  /**
   * Creates the factory bean.
   *
   * @param repositoryInterface the repository interface
   */
  public CoodieRepositoryFactoryBean(Class<? extends T> repositoryInterface) {
    super(repositoryInterface);
  }

  /**
   * The coodie the repository runs on; by default the only {@code Coodie} bean.
   *
   * @param coodie the coodie
   */
  public void setCoodie(Coodie coodie) {
    this.coodie = coodie;
  }

  @Override
  public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
    super.setBeanFactory(beanFactory);
    this.beanFactory = beanFactory;
  }

  @Override
  public void afterPropertiesSet() {
    if (this.coodie == null) {
      Assert.state(this.beanFactory != null, "No Coodie set and no BeanFactory to find one in");
      this.coodie = this.beanFactory.getBeanProvider(Coodie.class).getIfUnique();
      Assert.state(this.coodie != null, () -> "No unique Coodie bean for " + getObjectType().getName()
          + ": define one (Spring Boot does, from the CqlSession), mark one @Primary, or name it with"
          + " @EnableCoodieRepositories(coodieRef = ...)");
    }
    super.afterPropertiesSet();
    refuseEntityCallbacks(getRepositoryInformation().getDomainType());
  }

  /**
   * Spring Data's entity callbacks ({@code BeforeConvertCallback}, {@code BeforeSaveCallback}, ...) are not called by
   * coodie's repositories yet: a callback bean declared for this repository's entity type fails start-up instead of
   * being silently skipped. Callbacks of Spring Data Cassandra and those declared for {@code Object} (any store's
   * entities) are left alone.
   */
  private void refuseEntityCallbacks(Class<?> domainType) {
    if (!(this.beanFactory instanceof ListableBeanFactory beans)) {
      return;
    }
    for (String name : beans.getBeanNamesForType(EntityCallback.class, true, false)) {
      Class<?> type = beans.getType(name, false);
      if (type == null || type.getName().startsWith("org.springframework.data.cassandra.")) {
        continue;
      }
      Class<?> target = ResolvableType.forClass(type).as(EntityCallback.class).getGeneric(0).resolve(Object.class);
      if (target != Object.class && target.isAssignableFrom(domainType)) {
        throw new IllegalStateException("Entity callback bean '" + name + "' (" + type.getName() + ") is declared for "
            + domainType.getName() + ", but coodie repositories do not call Spring Data entity callbacks yet, so it"
            + " would never run for " + getObjectType().getName() + ". Remove the bean, or do the work in the"
            + " service that calls the repository.");
      }
    }
  }

  @Override
  protected RepositoryFactorySupport createRepositoryFactory() {
    Assert.state(this.coodie != null, "Coodie must be set");
    CoodieRepositoryFactory factory = new CoodieRepositoryFactory(this.coodie);
    if (this.beanFactory != null) {
      factory.setAuditingHandler(this.beanFactory.getBeanProvider(CoodieAuditingHandler.class).getIfAvailable());
    }
    return factory;
  }
}
