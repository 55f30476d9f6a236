package io.coodie.spring.data.repository.config;

import java.lang.annotation.Annotation;
import org.springframework.data.repository.config.RepositoryBeanDefinitionRegistrarSupport;
import org.springframework.data.repository.config.RepositoryConfigurationExtension;

/** Registers the repositories of an {@link EnableCoodieRepositories} annotation. */
public class CoodieRepositoriesRegistrar extends RepositoryBeanDefinitionRegistrarSupport {

  @Override
  protected Class<? extends Annotation> getAnnotation() {
    return EnableCoodieRepositories.class;
  }

  @Override
  protected RepositoryConfigurationExtension getExtension() {
    return new CoodieRepositoryConfigurationExtension();
  }
}
