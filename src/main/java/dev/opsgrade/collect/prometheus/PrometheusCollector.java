package dev.opsgrade.collect.prometheus;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.webapi.ApiParts;
import dev.opsgrade.collect.webapi.WebApi;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Measurement;
import dev.opsgrade.model.Provenance;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.MonitoringSpec;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads Prometheus (monitoring.prometheus): scrape targets with their health, rule groups with
 * their health, firing alerts, retention flags and runtime information. Read-only: only GETs.
 */
public final class PrometheusCollector implements Collector {
  public static final String NAME = "prometheus";

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
    MonitoringSpec.Prometheus spec = spec(inventory).orElseThrow();
    try (WebApi api = WebApi.of(spec.url(), context.timeout())) {
      PrometheusClient client = new PrometheusClient(api);
      ApiParts parts = new ApiParts(NAME, context, api);
      Optional<JsonNode> build =
          parts.read(PrometheusClient.BUILD_INFO, () -> client.data(PrometheusClient.BUILD_INFO));
      parts
          .read(PrometheusClient.TARGETS, () -> client.data(PrometheusClient.TARGETS))
          .ifPresent(data -> targets(data, client, context));
      parts
          .read(PrometheusClient.RULES, () -> client.data(PrometheusClient.RULES))
          .ifPresent(data -> rules(data, client, context));
      parts
          .read(PrometheusClient.ALERTS, () -> client.data(PrometheusClient.ALERTS))
          .ifPresent(data -> alerts(data, client, context));
      Optional<JsonNode> flags =
          parts.read(PrometheusClient.FLAGS, () -> client.data(PrometheusClient.FLAGS));
      Optional<JsonNode> runtime =
          parts.read(PrometheusClient.RUNTIME, () -> client.data(PrometheusClient.RUNTIME));
      if (build.isPresent() || flags.isPresent() || runtime.isPresent()) {
        context.fact(
            "prometheus",
            Location.url(client.url(PrometheusClient.FLAGS)),
            PrometheusAnswers.server(build, flags, runtime));
      }
    }
  }

  private static void targets(JsonNode data, PrometheusClient client, CollectContext context) {
    Location at = Location.url(client.url(PrometheusClient.TARGETS));
    List<PrometheusTarget> targets = PrometheusAnswers.activeTargets(data);
    targets.forEach(target -> context.fact(target.subject(), at, target));
    context.fact("prometheus", at, PrometheusAnswers.droppedTargets(data));
    long up = targets.stream().filter(PrometheusTarget::up).count();
    measure(context, at, "prometheus.targets", targets.size());
    measure(context, at, "prometheus.targets.up", up);
  }

  private static void rules(JsonNode data, PrometheusClient client, CollectContext context) {
    Location at = Location.url(client.url(PrometheusClient.RULES));
    PrometheusAnswers.ruleGroups(data).forEach(group -> context.fact(group.name(), at, group));
  }

  private static void alerts(JsonNode data, PrometheusClient client, CollectContext context) {
    Location at = Location.url(client.url(PrometheusClient.ALERTS));
    PrometheusAnswers.alerts(data).forEach(alert -> context.fact(alert.name(), at, alert));
  }

  private static void measure(CollectContext context, Location at, String name, long value) {
    context.fact(
        name, Provenance.of(NAME, at, context.now()), Measurement.of(name, value, "prometheus"));
  }

  private static Optional<MonitoringSpec.Prometheus> spec(Inventory inventory) {
    return inventory.monitoring().flatMap(MonitoringSpec::prometheus);
  }
}
