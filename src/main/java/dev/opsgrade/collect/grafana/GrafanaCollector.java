package dev.opsgrade.collect.grafana;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.SecretReader;
import dev.opsgrade.collect.webapi.ApiParts;
import dev.opsgrade.collect.webapi.JsonFields;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.collect.webapi.WebApiFailure;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Grafana (monitoring.grafana) with its API token as a Bearer token: health, every dashboard
 * search finds (each loaded by uid), every datasource and its health. Read-only: only GETs.
 */
public final class GrafanaCollector implements Collector {
  public static final String NAME = "grafana";
  static final String HEALTH = "/api/health";
  static final String SEARCH = "/api/search?type=dash-db&limit=5000";
  static final String DATASOURCES = "/api/datasources";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return spec(inventory).isPresent();
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    MonitoringSpec.Grafana spec = spec(inventory).orElseThrow();
    WebApi api = WebApi.of(spec.url(), context.timeout());
    if (spec.token().isPresent()) {
      SecretReader.Result token = SecretReader.read(spec.token().get(), context);
      if (token.value().isEmpty()) {
        api.close();
        context.run(NAME, spec.url(), CollectorRun.Outcome.FAILED, token.problem());
        return;
      }
      api = api.withHeader("Authorization", "Bearer " + token.value().get());
    }
    try (WebApi grafana = api) {
      ApiParts parts = new ApiParts(NAME, context, grafana);
      parts
          .read(HEALTH, () -> grafana.getJson(HEALTH))
          .ifPresent(
              health ->
                  context.fact(
                      "grafana",
                      Location.url(grafana.url(HEALTH)),
                      new GrafanaHealth(
                          JsonFields.text(health, "version"),
                          JsonFields.text(health, "database", "?"))));
      parts
          .read(SEARCH, () -> grafana.getJson(SEARCH))
          .ifPresent(s -> dashboards(s, grafana, context));
      parts
          .read(DATASOURCES, () -> grafana.getJson(DATASOURCES))
          .ifPresent(d -> GrafanaDatasources.read(d, grafana, context));
    }
  }

  private static void dashboards(JsonNode search, WebApi api, CollectContext context) {
    List<GrafanaAnswers.Hit> hits = GrafanaAnswers.hits(search);
    for (GrafanaAnswers.Hit hit : hits) {
      String path = "/api/dashboards/uid/" + hit.uid();
      GrafanaDashboard dashboard;
      try {
        dashboard = GrafanaAnswers.dashboard(hit, api.getJson(path));
      } catch (WebApiFailure failure) {
        dashboard = GrafanaAnswers.notLoaded(hit, failure.getMessage());
      }
      context.fact(hit.uid(), Location.url(api.url(path)), dashboard);
    }
    Location at = Location.url(api.url(SEARCH));
    context.fact(
        "grafana.dashboards",
        Provenance.of(NAME, at, context.now()),
        Measurement.of("grafana.dashboards", hits.size(), NAME));
  }

  private static Optional<MonitoringSpec.Grafana> spec(Inventory inventory) {
    return inventory.monitoring().flatMap(MonitoringSpec::grafana);
  }
}
