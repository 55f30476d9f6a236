package io.coodie.spring.data.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** coodie-spring-data uses coodie-core's API only, and stands apart from Spring Boot and test support. */
class ArchitectureTests {

  private static final JavaClasses SPRING_DATA = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.coodie.spring.data");

  @Test
  void neverDependsOnCoreInternals() {
    noClasses().that().resideInAPackage("io.coodie.spring.data..")
        .should().dependOnClassesThat().resideInAPackage("io.coodie.core.internal..").check(SPRING_DATA);
  }

  @Test
  void neverDependsOnSpringBoot() {
    noClasses().that().resideInAPackage("io.coodie.spring.data..")
        .should().dependOnClassesThat().resideInAPackage("org.springframework.boot..").check(SPRING_DATA);
  }

  @Test
  void neverDependsOnTestSupport() {
    noClasses().that().resideInAPackage("io.coodie.spring.data..")
        .should().dependOnClassesThat().resideInAPackage("io.coodie.test..").check(SPRING_DATA);
  }
}
