package io.coodie.core.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The public API ({@code io.coodie.core.api..}) never exposes an internal type in a public signature. */
class ArchitectureTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.coodie.core");

  private static boolean internal(JavaClass type) {
    return type.getPackageName().startsWith("io.coodie.core.internal");
  }

  /** Every class named by a type, its type arguments and bounds included. */
  private static Set<JavaClass> named(JavaType type) {
    return type.getAllInvolvedRawTypes();
  }

  /** Whether a member can be seen from outside the module: public or protected, of a public class. */
  private static boolean exposed(Set<JavaModifier> modifiers, JavaClass owner) {
    return (modifiers.contains(JavaModifier.PUBLIC) || modifiers.contains(JavaModifier.PROTECTED))
        && owner.getModifiers().contains(JavaModifier.PUBLIC);
  }

  private static final ArchCondition<JavaCodeUnit> NAME_NO_INTERNAL_TYPE =
      new ArchCondition<>("name no io.coodie.core.internal type") {
        @Override
        public void check(JavaCodeUnit unit, ConditionEvents events) {
          if (!exposed(unit.getModifiers(), unit.getOwner())) {
            return;
          }
          List<JavaType> types = new ArrayList<>(unit.getParameterTypes());
          types.add(unit.getReturnType());
          unit.getTypeParameters().forEach(p -> types.addAll(p.getBounds()));
          unit.getExceptionTypes().forEach(types::add);
          for (JavaType type : types) {
            for (JavaClass raw : named(type)) {
              if (internal(raw)) {
                events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " names " + raw.getName()));
              }
            }
          }
        }
      };

  private static final ArchCondition<JavaField> HAVE_NO_INTERNAL_TYPE =
      new ArchCondition<>("have no io.coodie.core.internal type") {
        @Override
        public void check(JavaField field, ConditionEvents events) {
          if (exposed(field.getModifiers(), field.getOwner())) {
            for (JavaClass raw : named(field.getType())) {
              if (internal(raw)) {
                events.add(SimpleConditionEvent.violated(field, field.getFullName() + " is a " + raw.getName()));
              }
            }
          }
        }
      };

  private static final ArchCondition<JavaClass> EXTEND_NO_INTERNAL_TYPE =
      new ArchCondition<>("extend or implement no io.coodie.core.internal type") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
          List<JavaType> supertypes = new ArrayList<>(type.getInterfaces());
          type.getSuperclass().ifPresent(supertypes::add);
          for (JavaType supertype : supertypes) {
            for (JavaClass raw : named(supertype)) {
              if (internal(raw)) {
                events.add(SimpleConditionEvent.violated(type, type.getName() + " extends " + raw.getName()));
              }
            }
          }
        }
      };

  @Test
  void apiMethodsAndConstructorsNameNoInternalType() {
    codeUnits().that().areDeclaredInClassesThat().resideInAPackage("io.coodie.core.api..")
        .should(NAME_NO_INTERNAL_TYPE).check(CORE);
  }

  @Test
  void apiFieldsHaveNoInternalType() {
    fields().that().areDeclaredInClassesThat().resideInAPackage("io.coodie.core.api..")
        .should(HAVE_NO_INTERNAL_TYPE).allowEmptyShould(true).check(CORE);
  }

  @Test
  void publicApiTypesExtendNoInternalType() {
    classes().that().resideInAPackage("io.coodie.core.api..").and().arePublic()
        .should(EXTEND_NO_INTERNAL_TYPE).check(CORE);
  }
}
