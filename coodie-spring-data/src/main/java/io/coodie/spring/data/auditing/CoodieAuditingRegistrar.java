package io.coodie.spring.data.auditing;

import java.util.Map;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.data.auditing.DateTimeProvider;
import org.springframework.data.domain.AuditorAware;
import org.springframework.util.StringUtils;

/** Registers the {@link CoodieAuditingHandler} bean of an {@link EnableCoodieAuditing} annotation. */
final class CoodieAuditingRegistrar implements ImportBeanDefinitionRegistrar {

  static final String BEAN = "coodieAuditingHandler";

  @Override
  public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    Map<String, Object> attributes = metadata.getAnnotationAttributes(EnableCoodieAuditing.class.getName());
    String auditorRef = (String) attributes.get("auditorAwareRef");
    String dateRef = (String) attributes.get("dateTimeProviderRef");
    boolean setDates = (Boolean) attributes.get("setDates");
    boolean modifyOnCreate = (Boolean) attributes.get("modifyOnCreate");
    BeanFactory beans = (BeanFactory) registry;
    RootBeanDefinition definition = new RootBeanDefinition(CoodieAuditingHandler.class, () ->
        new CoodieAuditingHandler(
            StringUtils.hasText(auditorRef) ? beans.getBean(auditorRef, AuditorAware.class)
                : beans.getBeanProvider(AuditorAware.class).getIfUnique(),
            StringUtils.hasText(dateRef) ? beans.getBean(dateRef, DateTimeProvider.class)
                : beans.getBeanProvider(DateTimeProvider.class).getIfUnique(),
            setDates, modifyOnCreate));
    registry.registerBeanDefinition(BEAN, definition);
  }
}
