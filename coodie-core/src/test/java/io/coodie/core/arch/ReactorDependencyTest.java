package io.coodie.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Reactor is an optional dependency: only the reactive packages refer to it. */
class ReactorDependencyTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.coodie.core");

  @Test
  void onlyTheReactivePackagesReferToReactor() {
    noClasses().that().resideOutsideOfPackages("io.coodie.core.api.reactive", "io.coodie.core.internal.reactive")
        .should().dependOnClassesThat().resideInAPackage("reactor..").check(CORE);
  }
}
