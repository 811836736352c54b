package dev.opsgrade.pipeline;

import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.alertmanager.AlertmanagerCollector;
import dev.opsgrade.collect.grafana.GrafanaCollector;
import dev.opsgrade.collect.loki.LokiCollector;
import dev.opsgrade.collect.prometheus.PrometheusCollector;
import java.util.List;

/** Every collector opsgrade runs. Adding a source system: its collector here. */
public final class Collectors {
  private Collectors() {}

  public static List<Collector> standard() {
    return List.of(
        new PrometheusCollector(),
        new AlertmanagerCollector(),
        new GrafanaCollector(),
        new LokiCollector());
  }
}
