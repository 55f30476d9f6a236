package io.coodie.spring.data.repository.config;

import io.coodie.core.api.mapping.Table;
import io.coodie.spring.data.repository.CoodieRepository;
import io.coodie.spring.data.repository.support.CoodieRepositoryFactoryBean;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.support.BeanDefinitionBuilder;
import org.springframework.data.repository.config.AnnotationRepositoryConfigurationSource;
import org.springframework.data.repository.config.RepositoryConfigurationExtensionSupport;
import org.springframework.util.StringUtils;

/**
 * Spring Data's configuration extension for coodie: repositories of {@code @Table} entities or extending
 * {@link CoodieRepository} are coodie's (when several Spring Data stores are present), created by
 * {@link CoodieRepositoryFactoryBean}; {@code coodieRef} names the {@code Coodie} bean.
 */
public class CoodieRepositoryConfigurationExtension extends RepositoryConfigurationExtensionSupport {

  @Override
  public String getModuleName() {
    return "Coodie";
  }

  @Override
  public String getModuleIdentifier() {
    return "coodie";
  }

  @Override
  @Deprecated
  protected String getModulePrefix() {
    return getModuleIdentifier();
  }

  @Override
  public String getRepositoryFactoryBeanClassName() {
    return CoodieRepositoryFactoryBean.class.getName();
  }

  @Override
  protected Collection<Class<? extends Annotation>> getIdentifyingAnnotations() {
    return List.of(Table.class);
  }

  @Override
  protected Collection<Class<?>> getIdentifyingTypes() {
    return List.of(CoodieRepository.class);
  }

  @Override
  public void postProcess(BeanDefinitionBuilder builder, AnnotationRepositoryConfigurationSource config) {
    String coodieRef = config.getAttributes().getString("coodieRef");
    if (StringUtils.hasText(coodieRef)) {
      builder.addPropertyReference("coodie", coodieRef);
    }
  }
}
