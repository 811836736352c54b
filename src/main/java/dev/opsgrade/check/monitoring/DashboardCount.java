package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.grafana.GrafanaDashboard;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;

/** The "7/7 dashboards load" half of mon.dashboards, against expect_dashboards. */
final class DashboardCount {
  private DashboardCount() {}

  static Finding judge(
      Evidence evidence,
      List<FactView<GrafanaDashboard>> dashboards,
      Optional<Integer> expected,
      Findings findings) {
    long loaded = dashboards.stream().filter(d -> d.data().loaded()).count();
    int found = dashboards.size();
    Location at = searchUrl(evidence);
    List<String> ids = dashboards.stream().map(FactView::id).toList();
    String names = found == 0 ? "" : ": " + DashboardsCheck.titles(dashboards);
    if (expected.isPresent()) {
      int want = expected.get();
      String summary = loaded + "/" + want + " expected dashboards load";
      if (loaded >= want) {
        return findings.of(Status.PASS, "grafana", summary + names, Optional.of(at), ids);
      }
      return findings.fail(
          "grafana",
          summary + " (found " + found + ", " + (found - loaded) + " not loading)" + names,
          at,
          ids,
          "Restore the missing dashboards (provisioning or backup) or correct expect_dashboards");
    }
    if (found == 0) {
      return findings.fail(
          "grafana",
          "Grafana has no dashboards",
          at,
          ids,
          "Provision the estate's dashboards, then set expect_dashboards in opsgrade.yaml");
    }
    String summary = loaded + "/" + found + " dashboards load (no expect_dashboards set)";
    return loaded == found
        ? findings.of(Status.PASS, "grafana", summary + names, Optional.of(at), ids)
        : findings.fail("grafana", summary + names, at, ids, "Fix the dashboards that do not load");
  }

  private static Location searchUrl(Evidence evidence) {
    return evidence.runs("grafana").stream()
        .filter(r -> r.target().contains(DashboardsCheck.SEARCH))
        .findFirst()
        .map(r -> Location.url(r.target()))
        .orElse(Location.url(DashboardsCheck.SEARCH));
  }
}
