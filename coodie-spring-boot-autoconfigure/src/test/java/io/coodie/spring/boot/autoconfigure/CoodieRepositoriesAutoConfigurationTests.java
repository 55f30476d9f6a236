package io.coodie.spring.boot.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import com.datastax.oss.driver.api.core.CqlSession;
import io.coodie.core.api.Coodie;
import io.coodie.spring.boot.autoconfigure.badrepository.OrRepository;
import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.spring.data.repository.support.CoodieRepositoryFactoryBean;
import io.coodie.spring.data.repository.support.InvalidRepositoryMethodException;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaAutoConfiguration;
import io.coodie.spring.boot.autoconfigure.schema.CoodieSchemaSynchronizer;
import io.coodie.spring.boot.autoconfigure.testdomain.PageViewsRepository;
import io.coodie.spring.boot.autoconfigure.testdomain.Product;
import io.coodie.spring.boot.autoconfigure.testdomain.ProductRepository;
import io.coodie.spring.boot.autoconfigure.testdomain.ReadingRepository;
import io.coodie.spring.boot.autoconfigure.testdomain.TokenRepository;
import io.coodie.test.support.OfflineSession;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.data.repository.Repository;

/** The {@code Coodie} bean and repository registration, on an offline session: nothing here connects. */
class CoodieRepositoriesAutoConfigurationTests {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(CoodieAutoConfiguration.class, CoodieMapperAutoConfiguration.class,
          CoodieRepositoriesAutoConfiguration.class, CoodieSchemaAutoConfiguration.class))
      .withBean(CqlSession.class, OfflineSession::create);

  @Configuration(proxyBeanMethods = false)
  @AutoConfigurationPackage(basePackageClasses = Product.class)
  static class DomainPackage {
  }

  @Test
  void definesCoodieOnTheSession() {
    this.runner.run((context) -> {
      assertThat(context).hasNotFailed().hasSingleBean(Coodie.class).hasBean("coodie");
      assertThat(context.getBean(Coodie.class).session()).isSameAs(context.getBean(CqlSession.class));
    });
  }

  @Test
  void backsOffWhenTheApplicationDefinesCoodie() {
    Coodie own = Coodie.create(OfflineSession.create());
    this.runner.withBean("myCoodie", Coodie.class, () -> own).run((context) -> {
      assertThat(context.getBeanNamesForType(Coodie.class)).containsExactly("myCoodie");
    });
  }

  @Test
  void nothingWithoutCoodieCore() {
    this.runner.withClassLoader(new FilteredClassLoader("io.coodie.core")).withUserConfiguration(DomainPackage.class)
        .run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("coodie")
            .doesNotHaveBean(CoodieSchemaSynchronizer.class).doesNotHaveBean(ProductRepository.class));
  }

  @Test
  void registersRepositoriesFromTheAutoConfigurationPackages() {
    this.runner.withUserConfiguration(DomainPackage.class).run((context) -> {
      assertThat(context).hasNotFailed().hasSingleBean(ProductRepository.class).hasSingleBean(ReadingRepository.class)
          .hasSingleBean(PageViewsRepository.class).hasSingleBean(TokenRepository.class);
      assertThat(context.getBean(ProductRepository.class).operations())
          .isSameAs(context.getBean(Coodie.class).entity(Product.class));
    });
  }

  @Test
  void repositoriesCanBeSwitchedOff() {
    this.runner.withUserConfiguration(DomainPackage.class).withPropertyValues("coodie.repositories.enabled=false")
        .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(Coodie.class)
            .doesNotHaveBean(ProductRepository.class));
  }

  @Test
  void noRepositoriesWithoutSpringData() {
    this.runner.withClassLoader(new FilteredClassLoader(Repository.class)).withUserConfiguration(DomainPackage.class)
        .run((context) -> assertThat(context).hasNotFailed().hasSingleBean(Coodie.class)
            .doesNotHaveBean(ProductRepository.class));
  }

  @Configuration(proxyBeanMethods = false)
  @EnableCoodieRepositories(basePackageClasses = Product.class)
  static class EnableRepositories {
  }

  @Test
  void enableCoodieRepositoriesReplacesTheAutoRegistration() {
    this.runner.withUserConfiguration(DomainPackage.class, EnableRepositories.class).run((context) -> {
      assertThat(context).hasNotFailed().hasSingleBean(ProductRepository.class);
      assertThat(context.getBeanNamesForType(CoodieRepositoryFactoryBean.class)).hasSize(4);
    });
  }

  @Configuration(proxyBeanMethods = false)
  @EnableCoodieRepositories(basePackageClasses = Product.class, coodieRef = "second")
  static class SecondCoodie {

    @Bean
    @Primary
    Coodie first(CqlSession session) {
      return Coodie.create(session);
    }

    @Bean
    Coodie second(CqlSession session) {
      return Coodie.create(session);
    }
  }

  @Test
  void coodieRefNamesTheCoodieOfTheRepositories() {
    this.runner.withUserConfiguration(SecondCoodie.class).run((context) -> {
      assertThat(context).hasNotFailed();
      Coodie second = context.getBean("second", Coodie.class);
      assertThat(context.getBean(ProductRepository.class).operations()).isSameAs(second.entity(Product.class));
    });
  }

  @Configuration(proxyBeanMethods = false)
  @EnableCoodieRepositories(basePackageClasses = OrRepository.class)
  static class BadRepository {
  }

  @Test
  void aBadRepositoryMethodFailsStartUpNamingTheMethod() {
    this.runner.withUserConfiguration(BadRepository.class).run((context) -> {
      assertThat(context).hasFailed();
      Throwable failure = context.getStartupFailure();
      Throwable cause = failure;
      while (!(cause instanceof InvalidRepositoryMethodException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      assertThat(cause).isInstanceOf(InvalidRepositoryMethodException.class).hasMessage(
          "OrRepository.findByCategoryOrName(String, String): Or is not supported: Cassandra has no OR in WHERE"
              + " clauses. Declare one method per alternative, or use In on a single column (findBySkuIn)");
      assertThat(failure).hasMessageContaining("orRepository");
    });
  }

  @Test
  void coodieIsCreatedAfterTheSchemaSynchronizer() {
    this.runner.run((context) -> {
      assertThat(context).hasSingleBean(CoodieSchemaSynchronizer.class);
      assertThat(context.getBeanFactory().getBeanDefinition("coodie").getDependsOn())
          .contains("coodieSchemaSynchronizer");
      assertThat(context.getBean(CoodieSchemaSynchronizer.class).plan().statements()).isEmpty();
    });
  }

  @Test
  void userCoodieBeansAreCreatedAfterTheSchemaSynchronizerToo() {
    this.runner.withBean("myCoodie", Coodie.class, () -> Coodie.create(OfflineSession.create())).run((context) ->
        assertThat(context.getBeanFactory().getBeanDefinition("myCoodie").getDependsOn())
            .contains("coodieSchemaSynchronizer"));
  }
}
