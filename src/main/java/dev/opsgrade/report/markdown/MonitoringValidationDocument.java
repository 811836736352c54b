package dev.opsgrade.report.markdown;

import dev.opsgrade.check.Catalogue;
import dev.opsgrade.check.CheckMetadata;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import dev.opsgrade.score.Assessment;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * MONITORING_VALIDATION_&lt;date&gt;.md: proof, or disproof, of "monitoring deployed": targets,
 * rules and key alerts, retention, dashboards "7/7", datasources, logs per host and the test
 * alert's timeline. Each section gives the check's findings, then what was measured when the
 * evidence bundle is at hand.
 */
public final class MonitoringValidationDocument {
  private final Catalogue catalogue;
  private final SecuritySection section;

  public MonitoringValidationDocument(Catalogue catalogue) {
    this.catalogue = catalogue;
    this.section = new SecuritySection(new FindingText(catalogue));
  }

  public static String fileName(Assessment assessment) {
    return Deliverable.fileName("MONITORING_VALIDATION", assessment);
  }

  /** One section: its check, its heading, and the table of what was measured. */
  private record Part(String check, String name, Function<Evidence, Optional<String>> measured) {}

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
    StringBuilder out = new StringBuilder(Deliverable.title("Monitoring validation", assessment));
    out.append(MonitoringSummary.render(assessment));
    PARTS.forEach(part -> out.append(render(assessment, part, evidence)));
    if (evidence.isEmpty()) {
      out.append(
          "The evidence bundle was not given to the report, so only findings are shown.\n\n");
    }
    return out.append(Deliverable.footer(assessment)).toString();
  }

  private String render(Assessment assessment, Part part, Optional<Evidence> evidence) {
    List<Finding> findings =
        assessment.findings().stream().filter(f -> f.check().equals(part.check())).toList();
    String title = catalogue.find(part.check()).map(CheckMetadata::title).orElse(part.check());
    StringBuilder out =
        new StringBuilder(section.render(part.check(), part.name(), title, findings));
    evidence
        .flatMap(part.measured())
        .ifPresent(table -> out.append("Measured:\n\n").append(table).append('\n'));
    return out.toString();
  }
}
