package dev.opsgrade.report;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.report.html.HtmlReport;
import dev.opsgrade.report.json.JsonReport;
import dev.opsgrade.report.junit.JunitXmlReport;
import dev.opsgrade.report.markdown.AssessmentDocument;
import dev.opsgrade.report.markdown.BackupDrStatusDocument;
import dev.opsgrade.report.markdown.MonitoringValidationDocument;
import dev.opsgrade.report.markdown.SecurityAuditDocument;
import dev.opsgrade.report.markdown.ServiceHealthDocument;
import dev.opsgrade.report.sarif.SarifWriter;
import dev.opsgrade.score.Assessment;
import dev.opsgrade.score.ChangeCalculator;
import dev.opsgrade.score.Changes;
import dev.opsgrade.score.TrendPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders the report files of an assessment. Pure: it returns names and contents, and the caller
 * writes them (to a temporary file then moved into place, so no report is ever half written).
 */
public final class ReportSet {
  public static final String SARIF_FILE = "opsgrade.sarif";

  private final Catalogue catalogue;

  public ReportSet(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  public static ReportSet standard() {
    return new ReportSet(Catalogue.standard());
  }

  /**
   * The files of {@code formats} in a stable order, named relative to the output directory.
   * Deliverables that show facts (service matrix, targets, backups) read them from {@code
   * evidence}, the bundle the assessment was computed from.
   */
  public List<ReportFile> render(
      Assessment current,
      Optional<Assessment> previous,
      Optional<Evidence> evidence,
      Set<ReportFormat> formats) {
    return render(current, previous, evidence, formats, List.of());
  }

  /** As above, with the grade trend from history (oldest first) for the formats that draw it. */
  public List<ReportFile> render(
      Assessment current,
      Optional<Assessment> previous,
      Optional<Evidence> evidence,
      Set<ReportFormat> formats,
      List<TrendPoint> trend) {
    Changes changes = ChangeCalculator.compare(current, previous);
    List<ReportFile> files = new ArrayList<>();
    if (formats.contains(ReportFormat.MD)) {
      files.add(
          new ReportFile(
              AssessmentDocument.fileName(current),
              new AssessmentDocument(catalogue).render(current, changes, evidence)));
      files.add(
          new ReportFile(
              SecurityAuditDocument.fileName(current),
              new SecurityAuditDocument(catalogue).render(current)));
      files.add(
          new ReportFile(
              ServiceHealthDocument.fileName(current),
              new ServiceHealthDocument(catalogue).render(current, evidence)));
      files.add(
          new ReportFile(
              MonitoringValidationDocument.fileName(current),
              new MonitoringValidationDocument(catalogue).render(current, evidence)));
      files.add(
          new ReportFile(
              BackupDrStatusDocument.fileName(current),
              new BackupDrStatusDocument(catalogue).render(current, evidence)));
    }
    if (formats.contains(ReportFormat.JSON)) {
      files.add(new ReportFile(JsonReport.FILE_NAME, JsonReport.render(current)));
    }
    if (formats.contains(ReportFormat.SARIF)) {
      String version = evidence.map(e -> e.bundle().opsgradeVersion()).orElse("unknown");
      files.add(
          new ReportFile(
              SARIF_FILE,
              new String(
                  new SarifWriter(catalogue).write(current.findings(), version),
                  java.nio.charset.StandardCharsets.UTF_8)));
    }
    if (formats.contains(ReportFormat.HTML)) {
      files.add(
          new ReportFile(
              HtmlReport.FILE_NAME, new HtmlReport(catalogue).render(current, evidence, trend)));
    }
    if (formats.contains(ReportFormat.JUNIT)) {
      files.add(
          new ReportFile(JunitXmlReport.FILE_NAME, new JunitXmlReport(catalogue).render(current)));
    }
    return List.copyOf(files);
  }
}
