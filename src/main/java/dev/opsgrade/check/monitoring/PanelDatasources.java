package dev.opsgrade.check.monitoring;

import dev.opsgrade.collect.grafana.GrafanaDashboard;
import dev.opsgrade.collect.grafana.GrafanaDatasource;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a panel's datasource exists: Grafana's built-in pseudo datasources always do; a variable
 * ($ds, ${DS_PROMETHEUS}) does when the dashboard defines a datasource variable of that name (an
 * imported dashboard whose ${DS_...} input was never filled in does not); anything else must be the
 * uid or the name of a datasource Grafana lists.
 */
public final class PanelDatasources {
  public static final Set<String> BUILT_IN =
      Set.of("-- Grafana --", "-- Mixed --", "-- Dashboard --", "grafana", "mixed", "dashboard");

  private PanelDatasources() {}

  /** Why the reference does not resolve; empty when it does. */
  public static Optional<String> problem(
      GrafanaDashboard.PanelDatasource panel,
      List<String> variables,
      List<GrafanaDatasource> datasources) {
    String reference = panel.reference();
    if (BUILT_IN.contains(reference)) {
      return Optional.empty();
    }
    if (reference.startsWith("$")) {
      String name = reference.replaceAll("^\\$\\{?|}$", "");
      return variables.contains(name)
          ? Optional.empty()
          : Optional.of("variable " + reference + " is not defined by the dashboard");
    }
    boolean exists =
        datasources.stream().anyMatch(d -> d.uid().equals(reference) || d.name().equals(reference));
    return exists ? Optional.empty() : Optional.of("datasource " + reference + " does not exist");
  }

  /** "panel CPU (id 2): datasource x does not exist", one per unresolved reference. */
  public static List<String> problems(
      GrafanaDashboard dashboard, List<GrafanaDatasource> datasources) {
    return dashboard.datasources().stream()
        .flatMap(
            p ->
                problem(p, dashboard.datasourceVariables(), datasources)
                    .map(why -> describe(p, why))
                    .stream())
        .distinct()
        .toList();
  }

  public static String describe(GrafanaDashboard.PanelDatasource panel, String problem) {
    return "panel " + panel.panelTitle() + " (id " + panel.panelId() + "): " + problem;
  }
}
