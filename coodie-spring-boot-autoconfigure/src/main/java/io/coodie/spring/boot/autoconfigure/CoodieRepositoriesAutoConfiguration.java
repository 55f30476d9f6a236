package io.coodie.spring.boot.autoconfigure;

import io.coodie.core.api.Coodie;
import io.coodie.spring.data.repository.config.EnableCoodieRepositories;
import io.coodie.spring.data.repository.support.CoodieRepositoryFactoryBean;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Import;
import org.springframework.data.repository.Repository;

/**
 * Auto-registration of coodie-spring-data repositories found in the auto-configuration packages (those of the
 * {@code @SpringBootApplication} class), as {@link EnableCoodieRepositories} would. Applies when coodie-spring-data
 * and a {@link Coodie} bean are present, backs off when the application uses {@code @EnableCoodieRepositories}
 * (or otherwise registers {@link CoodieRepositoryFactoryBean}s), and is switched off with
 * {@code coodie.repositories.enabled=false}.
 */
@AutoConfiguration(after = CoodieMapperAutoConfiguration.class)
@ConditionalOnClass({ Coodie.class, Repository.class, EnableCoodieRepositories.class })
@ConditionalOnBean(Coodie.class)
@ConditionalOnMissingBean(CoodieRepositoryFactoryBean.class)
@ConditionalOnBooleanProperty(name = "coodie.repositories.enabled", matchIfMissing = true)
@Import(CoodieRepositoriesAutoConfigureRegistrar.class)
public final class CoodieRepositoriesAutoConfiguration {
}
