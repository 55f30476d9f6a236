package io.coodie.spring.boot.autoconfigure.schema;

import io.coodie.core.api.mapping.Table;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@link Table @Table} classes, records and interfaces of some packages (and their sub-packages),
 * abstract polymorphic bases included; subtypes of a polymorphic base carry no {@code @Table} and are not listed
 * (the base stands for the table).
 */
public final class CoodieEntityScanner {

  private final ResourceLoader resourceLoader;
  private final Environment environment;

  /**
   * Creates a scanner.
   *
   * @param resourceLoader where to read classes from
   * @param environment the environment (for placeholders in package names)
   */
  public CoodieEntityScanner(ResourceLoader resourceLoader, Environment environment) {
    this.resourceLoader = resourceLoader;
    this.environment = environment;
  }

  /**
   * The {@code @Table} types in the packages, sorted by name (so the DDL order is stable).
   *
   * @param packages the packages
   * @return the entity classes
   * @throws IllegalStateException if a class cannot be loaded
   */
  public Set<Class<?>> scan(List<String> packages) {
    ClassPathScanningCandidateComponentProvider provider =
        new ClassPathScanningCandidateComponentProvider(false, this.environment) {
          @Override
          protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
            AnnotationMetadata metadata = definition.getMetadata();
            return metadata.isIndependent() && !metadata.isAnnotation();
          }
        };
    provider.setResourceLoader(this.resourceLoader);
    provider.addIncludeFilter(new AnnotationTypeFilter(Table.class));
    Set<Class<?>> found = new TreeSet<>(Comparator.comparing(Class::getName));
    for (String pkg : packages) {
      for (BeanDefinition candidate : provider.findCandidateComponents(pkg)) {
        try {
          found.add(ClassUtils.forName(candidate.getBeanClassName(), this.resourceLoader.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError ex) {
          throw new IllegalStateException("Cannot load entity class " + candidate.getBeanClassName(), ex);
        }
      }
    }
    return found;
  }
}
