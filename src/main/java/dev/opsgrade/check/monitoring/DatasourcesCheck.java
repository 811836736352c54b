package dev.opsgrade.check.monitoring;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.collect.grafana.GrafanaDatasource;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.List;
import java.util.Optional;

/** mon.datasources: every Grafana datasource passes Grafana's own health check. */
public final class DatasourcesCheck implements Check {

  @Override
  public String id() {
    return "mon.datasources";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Optional<String> missing =
        MonitoringRuns.missing(evidence, "grafana", "grafana", DashboardsCheck.DATASOURCES);
    if (missing.isPresent()) {
      return List.of(findings.unverified("grafana", missing.get()));
    }
    List<FactView<GrafanaDatasource>> datasources = evidence.all(GrafanaDatasource.class);
    if (datasources.isEmpty()) {
      return List.of(
          findings.fail(
              "grafana",
              "Grafana has no datasources, so no panel can show data",
              MonitoringRuns.url(evidence, "grafana", DashboardsCheck.DATASOURCES),
              List.of(),
              "Provision the Prometheus and Loki datasources"));
    }
    return datasources.stream().map(view -> judge(view, findings)).toList();
  }

  private static Finding judge(FactView<GrafanaDatasource> view, Findings findings) {
    GrafanaDatasource datasource = view.data();
    String subject = "datasource " + datasource.name();
    String said = datasource.message().isBlank() ? "" : ": " + datasource.message();
    return switch (datasource.health()) {
      case GrafanaDatasource.OK -> findings.pass(subject, "healthy" + said, view);
      case GrafanaDatasource.ERROR ->
          findings.fail(
              subject,
              "health check fails" + said,
              view.location(),
              List.of(view.id()),
              "Fix the URL or credentials of datasource "
                  + datasource.name()
                  + " ("
                  + datasource.type()
                  + ", uid "
                  + datasource.uid()
                  + ") and press Save & test in Grafana");
      case GrafanaDatasource.UNKNOWN ->
          findings.about(
              Status.UNVERIFIED,
              subject,
              "no evidence: Grafana has no health check for type " + datasource.type() + said,
              view);
      default ->
          findings.about(Status.UNVERIFIED, subject, "no evidence: health not read" + said, view);
    };
  }
}
