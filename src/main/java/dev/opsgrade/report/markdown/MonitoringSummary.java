package dev.opsgrade.report.markdown;

import dev.opsgrade.model.Category;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import dev.opsgrade.score.Assessment;
import java.util.List;
import java.util.function.Predicate;

/**
 * The first lines of MONITORING_VALIDATION: the monitoring score, then one "passing/examined" line
 * per claim a monitoring stack makes ("all targets up", "7/7 dashboards", "logs from both hosts",
 * "a test alert delivered"), each computed from the findings alone.
 */
final class MonitoringSummary {
  private MonitoringSummary() {}

  static String render(Assessment assessment) {
    List<Finding> monitoring =
        assessment.findings().stream().filter(f -> f.category() == Category.MONITORING).toList();
    StringBuilder out = new StringBuilder("## Summary\n\n");
    out.append("- **Monitoring score:** ")
        .append(CategoryScoreText.of(assessment, Category.MONITORING))
        .append('\n');
    out.append(line("Targets up", count(monitoring, "mon.targets-up", f -> !host(f))));
    out.append(
        line(
            "Hosts watched by an exporter",
            count(monitoring, "mon.targets-up", MonitoringSummary::host)));
    out.append(line("Rule groups healthy", count(monitoring, "mon.rules-healthy", f -> true)));
    out.append(line("Key alerts defined", count(monitoring, "mon.key-alerts", f -> true)));
    out.append(line("Retention", first(monitoring, "mon.retention")));
    out.append(line("Dashboards", dashboards(monitoring)));
    out.append(line("Datasources healthy", count(monitoring, "mon.datasources", f -> true)));
    out.append(line("Hosts with recent logs", count(monitoring, "mon.logs-per-host", f -> true)));
    out.append(line("Test alert", first(monitoring, "mon.alert-delivery")));
    return out.append('\n').toString();
  }

  private static String line(String label, String value) {
    return "- **" + label + ":** " + value + '\n';
  }

  /** "5/6", or why nothing was examined. */
  private static String count(List<Finding> all, String check, Predicate<Finding> which) {
    List<Finding> findings =
        all.stream().filter(f -> f.check().equals(check)).filter(which).toList();
    List<Finding> judged =
        findings.stream()
            .filter(f -> f.status() != Status.UNVERIFIED && f.status() != Status.NOT_APPLICABLE)
            .toList();
    if (judged.isEmpty()) {
      return notAssessed(findings);
    }
    long passing =
        judged.stream()
            .filter(f -> f.status() == Status.PASS || f.status() == Status.WAIVED)
            .count();
    long unverified = findings.size() - judged.size();
    return passing
        + "/"
        + judged.size()
        + (unverified > 0 ? " (" + unverified + " unverified)" : "");
  }

  /** The count against expect_dashboards, then the dashboards that fail on their own. */
  private static String dashboards(List<Finding> all) {
    List<Finding> findings = all.stream().filter(f -> f.check().equals("mon.dashboards")).toList();
    List<String> failing =
        findings.stream()
            .filter(f -> f.status() == Status.FAIL && f.subject().startsWith("dashboard "))
            .map(f -> f.subject().substring("dashboard ".length()))
            .toList();
    String broken =
        failing.isEmpty()
            ? ""
            : "; failing on their own: " + MarkdownText.escape(String.join(", ", failing));
    return findings.stream()
        .filter(f -> f.subject().equals("grafana"))
        .findFirst()
        .map(f -> f.status() == Status.UNVERIFIED ? notAssessed(List.of(f)) : status(f) + broken)
        .orElseGet(() -> notAssessed(List.of()));
  }

  private static String first(List<Finding> all, String check) {
    List<Finding> findings = all.stream().filter(f -> f.check().equals(check)).toList();
    return findings.isEmpty() || findings.getFirst().status() == Status.UNVERIFIED
        ? notAssessed(findings)
        : status(findings.getFirst());
  }

  private static String status(Finding finding) {
    return finding.status().name() + ": " + MarkdownText.escape(finding.message());
  }

  private static String notAssessed(List<Finding> findings) {
    return findings.isEmpty()
        ? "not assessed (no finding)"
        : "not assessed: " + MarkdownText.escape(findings.getFirst().message());
  }

  private static boolean host(Finding finding) {
    return finding.subject().startsWith("host ");
  }
}
