package io.coodie.spring.boot.autoconfigure;

import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.spring.data.repository.config.CoodieRepositoryConfigurationExtension;
import java.lang.annotation.Annotation;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.data.AbstractRepositoryConfigurationSourceSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;
import org.springframework.data.util.Streamable;

/**
 * Registers coodie repositories from the auto-configuration packages, as Spring Boot does for its data stores; none
 * when no auto-configuration package is registered.
 */
class CoodieRepositoriesAutoConfigureRegistrar extends AbstractRepositoryConfigurationSourceSupport {

  private @Nullable BeanFactory beanFactory;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
    super.setBeanFactory(beanFactory);
    this.beanFactory = beanFactory;
  }

  @Override
  protected Streamable<String> getBasePackages() {
    return this.beanFactory != null && AutoConfigurationPackages.has(this.beanFactory) ? super.getBasePackages()
        : Streamable.empty();
  }

  @Override
  protected Class<? extends Annotation> getAnnotation() {
    return EnableCoodieRepositories.class;
  }

  @Override
  protected Class<?> getConfiguration() {
    return EnableCoodieRepositoriesConfiguration.class;
  }

  @Override
  protected RepositoryConfigurationExtension getRepositoryConfigurationExtension() {
    return new CoodieRepositoryConfigurationExtension();
  }

  @EnableCoodieRepositories
  private static final class EnableCoodieRepositoriesConfiguration {
  }
}
