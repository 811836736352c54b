package dev.opsgrade.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance package (phase states, waivers, the journal's chain) is pure and sits beside the
 * model: history stores its records, collectors read them back, checks and reports judge them.
 */
class AcceptanceArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opsgrade");
  }

  @Test
  void acceptanceDoesNoIoAndDependsOnlyOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("dev.opsgrade.acceptance..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "java.net..",
            "java.nio.file..",
            "java.sql..",
            "org.jdbi..",
            "dev.opsgrade.cli..",
            "dev.opsgrade.config..",
            "dev.opsgrade.collect..",
            "dev.opsgrade.check..",
            "dev.opsgrade.score..",
            "dev.opsgrade.report..",
            "dev.opsgrade.history..",
            "dev.opsgrade.pipeline..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .check(classes);
  }
}
