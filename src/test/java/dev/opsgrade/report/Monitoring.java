package dev.opsgrade.report;

import static dev.opsgrade.model.Location.url;

import dev.opsgrade.score.EstateBuilder;

/** Prometheus, Alertmanager, Grafana and Loki of the sample estate. */
final class Monitoring {
  private static final String PROMETHEUS = "http://prometheus.internal:9090";

  private Monitoring() {}

  static void week1(EstateBuilder estate) {
    common(estate);
    estate
        .fail(
            "mon.targets-up",
            "lady/node-exporter",
            "target http://10.0.0.3:9100/metrics is down: context deadline exceeded",
            url(PROMETHEUS + "/api/v1/targets"),
            "Start node-exporter on lady or open 9100 to Prometheus on the VPN")
        .unverified(
            "mon.alert-delivery",
            "alertmanager",
            "test_alert is false in opsgrade.yaml, so no test alert was sent")
        .fail(
            "mon.logs-per-host",
            "lady",
            "no log line with host=lady for 3 h 12 min (max silence 15m)",
            url("http://loki.internal:3100/loki/api/v1/query"),
            "Restart promtail on lady and check its push URL");
  }

  static void week4(EstateBuilder estate) {
    common(estate);
    estate
        .pass("mon.targets-up", "lady/node-exporter", "up", url(PROMETHEUS + "/api/v1/targets"))
        .pass(
            "mon.alert-delivery",
            "alertmanager",
            "test alert delivered to ntfy topic ops in 4.2 s",
            url("http://alertmanager.internal:9093/api/v2/alerts"))
        .pass(
            "mon.logs-per-host",
            "lady",
            "last line 12 s ago",
            url("http://loki.internal:3100/loki/api/v1/query"));
  }

  private static void common(EstateBuilder estate) {
    for (String target :
        new String[] {
          "master/node-exporter", "master/cadvisor", "master/traefik", "lady/cadvisor"
        }) {
      estate.pass("mon.targets-up", target, "up", url(PROMETHEUS + "/api/v1/targets"));
    }
    estate
        .pass(
            "mon.rules-healthy",
            "node.rules",
            "12 rules, all healthy",
            url(PROMETHEUS + "/api/v1/rules"))
        .pass(
            "mon.key-alerts",
            "homelab",
            "InstanceDown, DiskFull, BackupTooOld and CertExpiry defined",
            url(PROMETHEUS + "/api/v1/rules"))
        .pass(
            "mon.retention",
            "prometheus",
            "retention 30d as configured",
            url(PROMETHEUS + "/api/v1/status/flags"))
        .pass(
            "mon.dashboards",
            "grafana",
            "7 of 7 expected dashboards load",
            url("https://grafana.example.net/api/search"))
        .pass(
            "mon.datasources",
            "prometheus",
            "datasource healthy",
            url("https://grafana.example.net/api/datasources"))
        .pass(
            "mon.logs-per-host",
            "master",
            "last line 3 s ago",
            url("http://loki.internal:3100/loki/api/v1/query"));
  }
}
