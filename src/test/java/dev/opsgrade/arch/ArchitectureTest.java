package dev.opsgrade.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the pipeline's arrows honest: checks, scoring and reports are pure and look forward. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.opsgrade");
  }

  @Test
  void modelDependsOnNothingOfOurs() {
    noClasses()
        .that()
        .resideInAPackage("dev.opsgrade.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.opsgrade.cli..",
            "dev.opsgrade.config..",
            "dev.opsgrade.collect..",
            "dev.opsgrade.check..",
            "dev.opsgrade.score..",
            "dev.opsgrade.report..",
            "dev.opsgrade.history..",
            "dev.opsgrade.serve..",
            "dev.opsgrade.pipeline..")
        .check(classes);
  }

  /** URIs are values (a SARIF artifact location is one); sockets, files and databases are I/O. */
  private static final DescribedPredicate<JavaClass> IO_CLASSES =
      JavaClass.Predicates.resideInAnyPackage(
              "java.net..",
              "java.nio.file..",
              "java.nio.channels..",
              "java.sql..",
              "org.eclipse.jgit..",
              "com.github.dockerjava..")
          .and(
              DescribedPredicate.not(
                  JavaClass.Predicates.belongToAnyOf(URI.class, URISyntaxException.class)))
          .or(JavaClass.Predicates.belongToAnyOf(File.class, ProcessBuilder.class))
          .as("I/O classes");

  @Test
  void checksScoresAndReportsDoNoIo() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.opsgrade.check..", "dev.opsgrade.score..", "dev.opsgrade.report..")
        .and()
        .doNotHaveSimpleName("Catalogue")
        .should()
        .dependOnClassesThat(IO_CLASSES)
        .check(classes);
  }

  @Test
  void checksUseOnlyFactRecordsOfCollectors() {
    noClasses()
        .that()
        .resideInAnyPackage("dev.opsgrade.check..", "dev.opsgrade.score..", "dev.opsgrade.report..")
        .should()
        .dependOnClassesThat()
        .implement(dev.opsgrade.collect.Collector.class)
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.opsgrade.cli..",
            "dev.opsgrade.history..",
            "dev.opsgrade.serve..",
            "dev.opsgrade.pipeline..",
            "dev.opsgrade.config..")
        .check(classes);
  }

  @Test
  void collectorsDoNotJudge() {
    noClasses()
        .that()
        .resideInAPackage("dev.opsgrade.collect..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.opsgrade.check..",
            "dev.opsgrade.score..",
            "dev.opsgrade.report..",
            "dev.opsgrade.cli..")
        .check(classes);
  }

  /** A check area that needs another's knowledge takes it from a package both can look down to. */
  @Test
  void checkAreasHaveNoCycles() {
    slices().matching("dev.opsgrade.check.(*)..").should().beFreeOfCycles().check(classes);
  }
}
