package dev.opsgrade.report.markdown;

import dev.opsgrade.check.monitoring.Ages;
import dev.opsgrade.collect.grafana.GrafanaDashboard;
import dev.opsgrade.collect.grafana.GrafanaDatasource;
import dev.opsgrade.collect.loki.LokiHostLogs;
import dev.opsgrade.collect.prometheus.PrometheusAlert;
import dev.opsgrade.collect.prometheus.PrometheusRuleGroup;
import dev.opsgrade.collect.prometheus.PrometheusTarget;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** What was measured, from the evidence bundle: one table per kind of monitoring fact. */
final class MonitoringFactTables {
  private MonitoringFactTables() {}

  static Optional<String> targets(Evidence evidence) {
    List<PrometheusTarget> targets =
        sorted(
            evidence.all(PrometheusTarget.class), Comparator.comparing(PrometheusTarget::subject));
    MarkdownTable table =
        MarkdownTable.of("job", "instance", "health", "last scrape", "last error");
    targets.forEach(
        t ->
            table.row(
                t.job(),
                t.instance(),
                t.health(),
                t.lastScrape().map(at -> age(at, evidence) + " before collection").orElse("never"),
                t.lastError().isEmpty() ? FindingText.NONE : t.lastError()));
    return rendered(table);
  }

  static Optional<String> ruleGroups(Evidence evidence) {
    List<PrometheusRuleGroup> groups =
        sorted(
            evidence.all(PrometheusRuleGroup.class),
            Comparator.comparing(PrometheusRuleGroup::name));
    MarkdownTable table =
        MarkdownTable.of("group", "file", "rules", "alerting", "failing", "last errors")
            .rightAligned(2, 3, 4);
    for (PrometheusRuleGroup group : groups) {
      List<PrometheusRuleGroup.Rule> failing =
          group.rules().stream().filter(PrometheusRuleGroup.Rule::failing).toList();
      table.row(
          group.name(),
          group.file().isEmpty() ? FindingText.NONE : group.file(),
          Integer.toString(group.rules().size()),
          Long.toString(group.rules().stream().filter(PrometheusRuleGroup.Rule::alerting).count()),
          Integer.toString(failing.size()),
          failing.isEmpty()
              ? FindingText.NONE
              : failing.stream()
                  .map(r -> r.name() + ": " + r.lastError())
                  .collect(Collectors.joining("; ")));
    }
    List<PrometheusAlert> alerts =
        sorted(evidence.all(PrometheusAlert.class), Comparator.comparing(PrometheusAlert::name));
    String active =
        alerts.isEmpty()
            ? "No alert pending or firing.\n"
            : "Pending or firing: "
                + MarkdownText.escape(
                    alerts.stream()
                        .map(a -> a.name() + " (" + a.state() + ")")
                        .collect(Collectors.joining(", ")))
                + ".\n";
    return rendered(table).map(t -> t + "\n" + active);
  }

  static Optional<String> dashboards(Evidence evidence) {
    List<GrafanaDashboard> dashboards =
        sorted(evidence.all(GrafanaDashboard.class), Comparator.comparing(GrafanaDashboard::title));
    MarkdownTable table =
        MarkdownTable.of("dashboard", "folder", "uid", "panels", "loads").rightAligned(3);
    dashboards.forEach(
        d ->
            table.row(
                d.title(),
                d.folder(),
                d.uid(),
                Integer.toString(d.panels()),
                d.loaded() ? "yes" : "no: " + d.loadError().orElse("?")));
    return rendered(table);
  }

  static Optional<String> datasources(Evidence evidence) {
    List<GrafanaDatasource> datasources =
        sorted(
            evidence.all(GrafanaDatasource.class), Comparator.comparing(GrafanaDatasource::name));
    MarkdownTable table =
        MarkdownTable.of("datasource", "type", "uid", "default", "health", "message");
    datasources.forEach(
        d ->
            table.row(
                d.name(),
                d.type(),
                d.uid(),
                d.isDefault() ? "yes" : "no",
                d.health(),
                d.message().isBlank() ? FindingText.NONE : d.message()));
    return rendered(table);
  }

  static Optional<String> logs(Evidence evidence) {
    List<LokiHostLogs> logs =
        sorted(evidence.all(LokiHostLogs.class), Comparator.comparing(LokiHostLogs::host));
    MarkdownTable table = MarkdownTable.of("host", "selector", "newest line", "age", "max silence");
    logs.forEach(
        l ->
            table.row(
                l.host(),
                l.selector(),
                l.newestLine().map(MonitoringFactTables::time).orElse("none in the window"),
                l.newestLine().map(at -> age(at, evidence)).orElse(FindingText.NONE),
                Ages.describe(Duration.ofSeconds(l.maxSilenceSeconds()))));
    return rendered(table);
  }

  static String time(Instant at) {
    return DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.SECONDS));
  }

  private static String age(Instant at, Evidence evidence) {
    return Ages.describe(Duration.between(at, evidence.now()));
  }

  private static <T> List<T> sorted(List<FactView<T>> views, Comparator<T> order) {
    return views.stream().map(FactView::data).sorted(order).toList();
  }

  private static Optional<String> rendered(MarkdownTable table) {
    return table.isEmpty() ? Optional.empty() : Optional.of(table.render());
  }
}
