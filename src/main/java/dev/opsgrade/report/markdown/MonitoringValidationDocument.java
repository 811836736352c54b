package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.report.markdown.CheckParts.Part;
import dev.opsgrade.score.Assessment;
import java.util.List;
import java.util.Optional;

/**
 * MONITORING_VALIDATION_&lt;date&gt;.md: proof, or disproof, of "monitoring deployed": targets,
 * rules and key alerts, retention, dashboards "7/7", datasources, logs per host and the test
 * alert's timeline. Each section gives the check's findings, then what was measured when the
 * evidence bundle is at hand.
 */
public final class MonitoringValidationDocument {
  private final CheckParts parts;

  public MonitoringValidationDocument(Catalogue catalogue) {
    this.parts = new CheckParts(catalogue);
  }

  public static String fileName(Assessment assessment) {
    return Deliverable.fileName("MONITORING_VALIDATION", assessment);
  }

  private static final List<Part> PARTS =
      List.of(
          new Part("mon.targets-up", "Prometheus targets", MonitoringFactTables::targets),
          new Part("mon.rules-healthy", "Rule groups", MonitoringFactTables::ruleGroups),
          new Part("mon.key-alerts", "Key alerts", e -> Optional.empty()),
          new Part("mon.retention", "Retention", e -> Optional.empty()),
          new Part("mon.dashboards", "Grafana dashboards", MonitoringFactTables::dashboards),
          new Part("mon.datasources", "Grafana datasources", MonitoringFactTables::datasources),
          new Part("mon.logs-per-host", "Logs per host", MonitoringFactTables::logs),
          new Part("mon.alert-delivery", "Alert delivery", AlertTimeline::render));

  public String render(Assessment assessment, Optional<Evidence> evidence) {
    return Deliverable.title("Monitoring validation", assessment)
        + MonitoringSummary.render(assessment)
        + parts.render(assessment, PARTS, evidence)
        + Deliverable.footer(assessment);
  }
}
