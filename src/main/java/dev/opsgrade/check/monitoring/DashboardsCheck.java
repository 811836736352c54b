package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.grafana.GrafanaDashboard;
import dev.opsgrade.collect.grafana.GrafanaDatasource;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * mon.dashboards: the dashboards Grafana lists all load, as many as expect_dashboards says, and no
 * panel uses a datasource that does not exist.
 */
public final class DashboardsCheck implements Check {
  static final String SEARCH = "/api/search";
  static final String DATASOURCES = "/api/datasources";

  @Override
  public String id() {
    return "mon.dashboards";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<String> missing = MonitoringRuns.missing(evidence, "grafana", "grafana", SEARCH);
    if (missing.isPresent()) {
      return List.of(findings.unverified("grafana", missing.get()));
    }
    List<FactView<GrafanaDashboard>> dashboards = evidence.all(GrafanaDashboard.class);
    Optional<String> noDatasources =
        MonitoringRuns.missing(evidence, "grafana", "grafana", DATASOURCES);
    List<GrafanaDatasource> datasources =
        evidence.all(GrafanaDatasource.class).stream().map(FactView::data).toList();
    List<Finding> out = new ArrayList<>();
    out.add(DashboardCount.judge(evidence, dashboards, expected(evidence), findings));
    for (FactView<GrafanaDashboard> view : dashboards) {
      out.add(
          judge(
              view,
              noDatasources.isEmpty() ? Optional.of(datasources) : Optional.empty(),
              findings));
    }
    if (noDatasources.isPresent() && !dashboards.isEmpty()) {
      out.add(
          findings.unverified(
              "grafana datasources of panels",
              "panel datasources not checked: " + noDatasources.get()));
    }
    return out;
  }

  private static Finding judge(
      FactView<GrafanaDashboard> view,
      Optional<List<GrafanaDatasource>> datasources,
      Findings findings) {
    GrafanaDashboard dashboard = view.data();
    String subject = "dashboard " + dashboard.title();
    if (!dashboard.loaded()) {
      return findings.fail(
          subject,
          "does not load: " + dashboard.loadError().orElse("no reason given"),
          view.location(),
          List.of(view.id()),
          "Open dashboard uid "
              + dashboard.uid()
              + " in Grafana and restore it from provisioning"
              + " or a backup");
    }
    List<String> problems =
        datasources.map(all -> PanelDatasources.problems(dashboard, all)).orElse(List.of());
    if (!problems.isEmpty()) {
      return findings.fail(
          subject,
          problems.size() + " panel datasource(s) missing: " + String.join("; ", problems),
          view.location(),
          List.of(view.id()),
          "Point those panels of dashboard uid "
              + dashboard.uid()
              + " at an existing datasource (or define the missing datasource variable)");
    }
    return findings.pass(subject, "loads, " + dashboard.panels() + " panels", view);
  }

  private static Optional<Integer> expected(Evidence evidence) {
    return evidence
        .inventory()
        .monitoring()
        .flatMap(MonitoringSpec::grafana)
        .flatMap(MonitoringSpec.Grafana::expectDashboards);
  }

  static String titles(List<FactView<GrafanaDashboard>> dashboards) {
    return dashboards.stream().map(d -> d.data().title()).collect(Collectors.joining(", "));
  }
}
