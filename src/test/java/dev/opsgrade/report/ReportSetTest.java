package dev.opsgrade.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.TrendPoint;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportSetTest {

  @Test
  void onlyTheAskedFormatsAreRendered() {
    List<ReportFile> files =
        ReportSet.standard()
            .render(
                Estates.gradeFell(),
                Optional.empty(),
                Optional.empty(),
                EnumSet.of(ReportFormat.JSON));

    assertThat(files).extracting(ReportFile::name).containsExactly("assessment.json");
    assertThat(files.get(0).bytes())
        .isEqualTo(files.get(0).content().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void deliverablesAreDatedByTheUtcDayOfCollection() {
    Assessment evening = collectedAt(Estates.gradeFell(), Instant.parse("2026-11-21T03:30:00Z"));

    List<ReportFile> files =
        ReportSet.standard()
            .render(evening, Optional.empty(), Optional.empty(), EnumSet.of(ReportFormat.MD));

    assertThat(files)
        .extracting(ReportFile::name)
        .containsExactly(
            "PRODUCTION_READY_ASSESSMENT_2026-11-21.md",
            "SECURITY_AUDIT_2026-11-21.md",
            "SERVICE_HEALTH_REPORT_2026-11-21.md",
            "MONITORING_VALIDATION_2026-11-21.md",
            "BACKUP_DR_STATUS_2026-11-21.md");
    assertThat(files.get(0).content()).contains("Date: 2026-11-21 ");
  }

  @Test
  void hostsAndContainersComeFromTheEvidenceAndSayWhyAnEngineWasNotRead() {
    String week1 = assessmentMarkdown(Estates.firstAssessment(), Optional.of(Engines.week1()));
    assertThat(week1)
        .contains("## Hosts and containers")
        .contains("| master | 4 | 4 | 2 | 1 | 1 | 1 | 1 | 4 vs 4 |")
        .contains("| master/grafana | 600 MiB | 640 MiB | 94 % |")
        .contains("| master/grafana | 1 | 9.3 s | 9.3 s |")
        .contains(
            "The Docker Engine of lady was not read (FAILED: ssh://ops@lady.example.net:22:"
                + " connection refused).")
        .doesNotContain("| lady | 4 |");
    String week4 = assessmentMarkdown(Estates.productionReady(), Optional.of(Engines.week4()));
    assertThat(week4)
        .contains("| lady | 4 | 5 | 2 | 0 | 2 | 2 | 0 | 5 vs 4 (1 fewer than expected) |")
        .doesNotContain("was not read");
    assertThat(assessmentMarkdown(Estates.gradeFell(), Optional.empty()))
        .contains("The Docker Engines were not read: this report was rendered without its")
        .doesNotContain("| host | running |");
  }

  private static String assessmentMarkdown(
      Assessment assessment, Optional<dev.opsgrade.model.Evidence> evidence) {
    return ReportSet.standard()
        .render(assessment, Optional.empty(), evidence, EnumSet.of(ReportFormat.MD))
        .getFirst()
        .content();
  }

  @Test
  void theHtmlReportDrawsTheTrendItIsGiven() {
    List<ReportFile> files =
        ReportSet.standard()
            .render(
                Estates.gradeFell(),
                Optional.empty(),
                Optional.empty(),
                EnumSet.of(ReportFormat.HTML, ReportFormat.JUNIT),
                List.of(new TrendPoint(Instant.parse("2026-11-13T06:00:00Z"), 73.1, "B")));

    assertThat(files)
        .extracting(ReportFile::name)
        .containsExactly("opsgrade-report.html", "opsgrade-junit.xml");
    assertThat(files.get(0).content()).contains("<title>2026-11-13: B (73.1)</title>");
  }

  @Test
  void formatsAreParsedFromTheCommandLineWithAClearError() {
    assertThat(ReportFormat.parse(" JSON ")).isEqualTo(ReportFormat.JSON);
    assertThat(ReportFormat.parse("md")).isEqualTo(ReportFormat.MD);
    assertThatThrownBy(() -> ReportFormat.parse("pdf"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown report format 'pdf': available are md, json, sarif, html, junit");
  }

  private static Assessment collectedAt(Assessment a, Instant at) {
    return new Assessment(
        a.inventory(),
        at,
        a.grade(),
        a.categories(),
        a.findings(),
        a.gapPlan(),
        a.claims(),
        a.evidenceSha256());
  }
}
