package io.coodie.test.spring;

import java.util.List;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.util.ClassUtils;

/**
 * Connects every Spring test context with Spring Boot's Cassandra support to coodie-test's shared embedded node
 * ({@link io.coodie.test.SharedCassandra}), so that {@code @SpringBootTest} and {@code @DataCoodieTest} need no
 * connection properties. Registered in coodie-test's {@code META-INF/spring.factories}.
 *
 * <p>The context gets an {@link EmbeddedCassandraConnectionDetails} bean (which Spring Boot prefers to
 * {@code spring.cassandra.*}; the node starts when the first session connects, so a context that never connects
 * costs nothing) and a {@link TestDriverConfigCustomizer}. Nothing is added when:
 * <ul>
 *   <li>the environment sets {@code spring.cassandra.contact-points} (application properties, test properties or
 *       {@code @DynamicPropertySource}): the test connects to that cluster;</li>
 *   <li>{@value #ENABLED} is {@code false};</li>
 *   <li>the context defines another {@code CassandraConnectionDetails} bean (its own, or Testcontainers'
 *       {@code @ServiceConnection}): both beans are removed again before any bean is created.</li>
 * </ul>
 */
@Order(Ordered.LOWEST_PRECEDENCE) // after @DynamicPropertySource's, whose contact points it then sees
public class EmbeddedCassandraContextCustomizerFactory implements ContextCustomizerFactory {

  /** Property switching the embedded node off for a test ({@code true} by default). */
  public static final String ENABLED = "coodie.test.embedded-cassandra.enabled";

  static final String CONNECTION_DETAILS_BEAN = "coodieTestCassandraConnectionDetails";

  static final String DRIVER_CONFIG_BEAN = "coodieTestDriverConfigCustomizer";

  private static final String CONNECTION_DETAILS_TYPE =
      "org.springframework.boot.cassandra.autoconfigure.CassandraConnectionDetails";

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
      List<ContextConfigurationAttributes> configAttributes) {
    return ClassUtils.isPresent(CONNECTION_DETAILS_TYPE, testClass.getClassLoader()) ? new Customizer() : null;
  }

  /** Stateless: every context it applies to gets the same beans, so it does not split the context cache. */
  static final class Customizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
      ConfigurableEnvironment environment = context.getEnvironment();
      if (!environment.getProperty(ENABLED, Boolean.class, true)
          || environment.containsProperty("spring.cassandra.contact-points")
          || environment.containsProperty("spring.cassandra.contact-points[0]")
          || !(context.getBeanFactory() instanceof BeanDefinitionRegistry registry)) {
        return;
      }
      registry.registerBeanDefinition(CONNECTION_DETAILS_BEAN,
          new RootBeanDefinition(EmbeddedCassandraConnectionDetails.class));
      boolean requestTimeout = !environment.containsProperty("spring.cassandra.request.timeout");
      registry.registerBeanDefinition(DRIVER_CONFIG_BEAN, new RootBeanDefinition(TestDriverConfigCustomizer.class,
          () -> new TestDriverConfigCustomizer(requestTimeout)));
      context.addBeanFactoryPostProcessor(new BackOffToOtherConnectionDetails());
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Customizer;
    }

    @Override
    public int hashCode() {
      return Customizer.class.hashCode();
    }
  }

  /**
   * Runs after the configuration classes are parsed: when the context defines another {@code CassandraConnectionDetails}
   * bean, the embedded node's beans are removed.
   */
  static final class BackOffToOtherConnectionDetails implements BeanFactoryPostProcessor {

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
      Class<?> type = ClassUtils.resolveClassName(CONNECTION_DETAILS_TYPE, beanFactory.getBeanClassLoader());
      String[] names = beanFactory.getBeanNamesForType(type, true, false);
      if (names.length > 1 && beanFactory instanceof BeanDefinitionRegistry registry
          && registry.containsBeanDefinition(CONNECTION_DETAILS_BEAN)) {
        registry.removeBeanDefinition(CONNECTION_DETAILS_BEAN);
        registry.removeBeanDefinition(DRIVER_CONFIG_BEAN);
      }
    }
  }
}
