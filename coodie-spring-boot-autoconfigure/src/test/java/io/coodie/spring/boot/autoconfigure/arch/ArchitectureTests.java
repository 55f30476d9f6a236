package io.coodie.spring.boot.autoconfigure.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The auto-configuration uses coodie-core's API only, never its internals. */
class ArchitectureTests {

  private static final JavaClasses AUTOCONFIGURE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.coodie.spring.boot.autoconfigure");

  @Test
  void autoconfigureNeverDependsOnCoreInternals() {
    noClasses().that().resideInAPackage("io.coodie.spring.boot.autoconfigure..")
        .should().dependOnClassesThat().resideInAPackage("io.coodie.core.internal..").check(AUTOCONFIGURE);
  }

  @Test
  void autoconfigureNeverDependsOnTestSupport() {
    noClasses().that().resideInAPackage("io.coodie.spring.boot.autoconfigure..")
        .should().dependOnClassesThat().resideInAPackage("io.coodie.test..").check(AUTOCONFIGURE);
  }
}
