package dev.opsgrade.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.opsgrade.model.Evidence;
import dev.opsgrade.report.terminal.TerminalReport;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.ChangeCalculator;
import dev.opsgrade.score.Changes;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every format of every scenario, byte for byte against src/test/resources/golden. */
class ReportGoldenTest {

  static Stream<Arguments> scenarios() {
    return Stream.of(
        Arguments.of(
            "first-assessment",
            Estates.firstAssessment(),
            Optional.empty(),
            Optional.of(Engines.week1())),
        Arguments.of(
            "grade-fell",
            Estates.gradeFell(),
            Optional.of(Estates.firstAssessment()),
            Optional.empty()),
        Arguments.of(
            "production-ready",
            Estates.productionReady(),
            Optional.of(Estates.gradeFell()),
            Optional.of(Engines.week4())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void filesMatchTheirGoldenCopies(
      String scenario,
      Assessment current,
      Optional<Assessment> previous,
      Optional<Evidence> evidence)
      throws IOException {
    List<ReportFile> files =
        ReportSet.standard().render(current, previous, evidence, EnumSet.allOf(ReportFormat.class));

    assertThat(files)
        .extracting(ReportFile::name)
        .containsExactly(
            "PRODUCTION_READY_ASSESSMENT_" + date(current) + ".md",
            "SECURITY_AUDIT_" + date(current) + ".md",
            "SERVICE_HEALTH_REPORT_" + date(current) + ".md",
            "MONITORING_VALIDATION_" + date(current) + ".md",
            "BACKUP_DR_STATUS_" + date(current) + ".md",
            "assessment.json",
            "opsgrade.sarif",
            "opsgrade-report.html",
            "opsgrade-junit.xml");
    GoldenFiles.assertMatches(scenario + ".assessment.md", files.get(0).content());
    GoldenFiles.assertMatches(scenario + ".security.md", files.get(1).content());
    GoldenFiles.assertMatches(scenario + ".service-health.md", files.get(2).content());
    GoldenFiles.assertMatches(scenario + ".monitoring.md", files.get(3).content());
    GoldenFiles.assertMatches(scenario + ".backup-dr.md", files.get(4).content());
    GoldenFiles.assertMatches(scenario + ".json", files.get(5).content());
    GoldenFiles.assertMatches(scenario + ".sarif", files.get(6).content());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void terminalMatchesItsGoldenCopy(
      String scenario,
      Assessment current,
      Optional<Assessment> previous,
      Optional<Evidence> evidence)
      throws IOException {
    Changes changes = ChangeCalculator.compare(current, previous);
    List<String> written =
        ReportSet.standard()
            .render(current, previous, evidence, EnumSet.allOf(ReportFormat.class))
            .stream()
            .map(f -> "reports/" + f.name())
            .toList();

    GoldenFiles.assertMatches(
        scenario + ".terminal.txt", TerminalReport.render(current, changes, written, false));
    GoldenFiles.assertMatches(
        scenario + ".terminal.ansi.txt", TerminalReport.render(current, changes, written, true));
  }

  private static String date(Assessment assessment) {
    return assessment.collectedAt().toString().substring(0, 10);
  }
}
