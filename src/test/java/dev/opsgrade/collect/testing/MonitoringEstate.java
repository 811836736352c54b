package dev.opsgrade.collect.testing;

import dev.opsgrade.collect.alertmanager.AlertmanagerStatus;
import dev.opsgrade.collect.alertmanager.TestAlertDelivery;
import dev.opsgrade.collect.grafana.GrafanaDashboard;
import dev.opsgrade.collect.grafana.GrafanaDatasource;
import dev.opsgrade.collect.loki.LokiHostLogs;
import dev.opsgrade.collect.prometheus.PrometheusAlert;
import dev.opsgrade.collect.prometheus.PrometheusRuleGroup;
import dev.opsgrade.collect.prometheus.PrometheusServer;
import dev.opsgrade.collect.prometheus.PrometheusTarget;
import dev.opsgrade.model.inventory.MonitoringSpec;
import dev.opsgrade.model.inventory.SecretRef;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The monitoring evidence of the PRODUCT.md estate (hosts master and lady) as the four collectors
 * record it: one exporter down, one broken rule, a dashboard with a deleted datasource, lady's logs
 * silent, and a test alert delivered to the webhook listener in 2.4 s.
 */
public final class MonitoringEstate {
  public static final String PROMETHEUS = "http://prometheus.internal:9090";
  public static final String ALERTMANAGER = "http://alertmanager.internal:9093";
  public static final String GRAFANA = "https://grafana.example.net";
  public static final String LOKI = "http://loki.internal:3100";
  static final Instant NOW = FactsBundle.NOW;

  private MonitoringEstate() {}

  public static FactsBundle facts() {
    FactsBundle facts = new FactsBundle().inventory(spec());
    prometheus(facts);
    alertmanager(facts);
    grafana(facts);
    loki(facts);
    return facts;
  }

  public static MonitoringSpec spec() {
    return new MonitoringSpec(
        Optional.of(
            new MonitoringSpec.Prometheus(
                PROMETHEUS,
                List.of("InstanceDown", "DiskSpace", "CertificateExpiry", "ContainerDown"))),
        Optional.of(
            new MonitoringSpec.Alertmanager(
                ALERTMANAGER,
                true,
                Optional.of(
                    new MonitoringSpec.Delivery(
                        Optional.of("0.0.0.0:9797"), Optional.empty(), Optional.empty())))),
        Optional.of(
            new MonitoringSpec.Grafana(
                GRAFANA, Optional.of(SecretRef.env("GRAFANA_TOKEN")), Optional.of(3))),
        Optional.of(new MonitoringSpec.Loki(LOKI, "host", Duration.ofMinutes(15))));
  }

  private static void prometheus(FactsBundle facts) {
    String targets = PROMETHEUS + "/api/v1/targets";
    String rules = PROMETHEUS + "/api/v1/rules";
    for (String path :
        List.of(
            "/api/v1/targets",
            "/api/v1/rules",
            "/api/v1/alerts",
            "/api/v1/status/buildinfo",
            "/api/v1/status/flags",
            "/api/v1/status/runtimeinfo")) {
      facts.ok("prometheus", PROMETHEUS + path);
    }
    facts
        .fact("node/10.0.0.2:9100", targets, target("node", "10.0.0.2:9100", "master", "up", ""))
        .fact(
            "cadvisor/10.0.0.2:8080",
            targets,
            target("cadvisor", "10.0.0.2:8080", "master", "up", ""))
        .fact(
            "node/10.0.0.3:9100",
            targets,
            target(
                "node",
                "10.0.0.3:9100",
                "lady",
                "down",
                "Get \"http://10.0.0.3:9100/metrics\": context deadline exceeded"))
        .fact(
            "node.rules",
            rules,
            new PrometheusRuleGroup(
                "node.rules",
                "/etc/prometheus/rules/node.yml",
                Optional.of(NOW.minusSeconds(20)),
                List.of(
                    rule("InstanceDown", "alerting", "up == 0", ""),
                    rule(
                        "HostOutOfDiskSpace",
                        "alerting",
                        "node_filesystem_avail_bytes / node_filesystem_size_bytes < 0.1",
                        ""))))
        .fact(
            "containers.rules",
            rules,
            new PrometheusRuleGroup(
                "containers.rules",
                "/etc/prometheus/rules/containers.yml",
                Optional.of(NOW.minusSeconds(20)),
                List.of(
                    rule("ContainerKilled", "alerting", "time() - container_last_seen > 60", ""),
                    rule(
                        "job:up:ratio",
                        "recording",
                        "up + on() up",
                        "found duplicate series for the match group {} on the right hand-side of the operation"))))
        .fact(
            "InstanceDown",
            PROMETHEUS + "/api/v1/alerts",
            new PrometheusAlert(
                "InstanceDown",
                "pending",
                Optional.of(NOW.minusSeconds(40)),
                Map.of("alertname", "InstanceDown", "instance", "10.0.0.3:9100", "job", "node")))
        .fact(
            "prometheus",
            PROMETHEUS + "/api/v1/status/flags",
            new PrometheusServer(
                Optional.of("2.42.0"),
                Optional.of("30d"),
                Optional.of("0B"),
                Optional.of("30d"),
                Optional.of(true),
                Optional.of(NOW.minusSeconds(86400))));
  }

  private static void alertmanager(FactsBundle facts) {
    facts
        .ok("alertmanager", ALERTMANAGER + "/api/v2/status")
        .ok("alertmanager", ALERTMANAGER + "/api/v2/receivers");
    facts.fact(
        "alertmanager",
        ALERTMANAGER + "/api/v2/status",
        new AlertmanagerStatus(
            Optional.of("0.25.0"),
            "disabled",
            0,
            Optional.of("2026-11-20T06:00:00.000Z"),
            List.of(new AlertmanagerStatus.Receiver("opsgrade", List.of("webhook"), true))));
    Instant sent = NOW.minusSeconds(30);
    facts.fact(
        "alertmanager",
        ALERTMANAGER + "/api/v2/alerts",
        new TestAlertDelivery(
            "5d1c0a3e-7b7e-4a44-9a55-2f0c8f1e4b21",
            TestAlertDelivery.Outcome.DELIVERED,
            "webhook listener 0.0.0.0:9797",
            "",
            List.of("opsgrade"),
            Optional.of(2.4),
            List.of(
                new TestAlertDelivery.Step(
                    "sent",
                    sent,
                    "POST "
                        + ALERTMANAGER
                        + "/api/v2/alerts alertname=OpsgradeTestAlert opsgrade_run=5d1c0a3e-7b7e-4a44-9a55-2f0c8f1e4b21"),
                new TestAlertDelivery.Step(
                    "seen by Alertmanager",
                    sent.plusMillis(12),
                    "state active, receivers opsgrade"),
                new TestAlertDelivery.Step(
                    "delivered", sent.plusMillis(2400), "webhook from receiver opsgrade"),
                new TestAlertDelivery.Step(
                    "resolved",
                    sent.plusMillis(2450),
                    "posted again with endsAt " + sent.plusMillis(2450)))));
  }

  private static void grafana(FactsBundle facts) {
    facts
        .ok("grafana", GRAFANA + "/api/health")
        .ok("grafana", GRAFANA + "/api/search?type=dash-db&limit=5000")
        .ok("grafana", GRAFANA + "/api/datasources");
    facts
        .fact(
            "nodes",
            GRAFANA + "/api/dashboards/uid/nodes",
            dashboard(
                "nodes",
                "Node Exporter Full",
                List.of(new GrafanaDashboard.PanelDatasource(2, "CPU", "prom"))))
        .fact(
            "traefik",
            GRAFANA + "/api/dashboards/uid/traefik",
            dashboard(
                "traefik",
                "Traefik",
                List.of(new GrafanaDashboard.PanelDatasource(13, "Requests", "${DS_PROMETHEUS}"))))
        .fact(
            "logs",
            GRAFANA + "/api/dashboards/uid/logs",
            dashboard(
                "logs",
                "Container logs",
                List.of(new GrafanaDashboard.PanelDatasource(4, "Errors", "loki-old"))))
        .fact(
            "Prometheus",
            GRAFANA + "/api/datasources/uid/prom/health",
            new GrafanaDatasource(
                "prom",
                "Prometheus",
                "prometheus",
                true,
                "OK",
                "Successfully queried the Prometheus API.",
                Optional.of(200)))
        .fact(
            "Loki",
            GRAFANA + "/api/datasources/uid/loki/health",
            new GrafanaDatasource(
                "loki",
                "Loki",
                "loki",
                false,
                "ERROR",
                "Unable to connect with Loki. Please check the server logs for more details.",
                Optional.of(400)));
  }

  private static void loki(FactsBundle facts) {
    String query = LOKI + "/loki/api/v1/query_range?query=%7Bhost%3D%22";
    facts.ok("loki", query + "master%22%7D").ok("loki", query + "lady%22%7D");
    facts
        .fact(
            "master",
            query + "master%22%7D",
            new LokiHostLogs(
                "master",
                "{host=\"master\"}",
                NOW.minusSeconds(1800),
                NOW,
                Optional.of(NOW.minusSeconds(3)),
                900,
                4))
        .fact(
            "lady",
            query + "lady%22%7D",
            new LokiHostLogs(
                "lady", "{host=\"lady\"}", NOW.minusSeconds(1800), NOW, Optional.empty(), 900, 0));
  }

  private static PrometheusTarget target(
      String job, String instance, String host, String health, String error) {
    return new PrometheusTarget(
        job,
        job,
        instance,
        "http://" + instance + "/metrics",
        health,
        error,
        Optional.of(NOW.minusSeconds(7)),
        Optional.of(0.012),
        Map.of("job", job, "instance", instance, "host", host));
  }

  private static PrometheusRuleGroup.Rule rule(
      String name, String type, String query, String error) {
    return new PrometheusRuleGroup.Rule(
        name,
        type,
        error.isEmpty() ? "ok" : "err",
        error,
        query,
        type.equals("alerting") ? "inactive" : "");
  }

  private static GrafanaDashboard dashboard(
      String uid, String title, List<GrafanaDashboard.PanelDatasource> refs) {
    return new GrafanaDashboard(
        uid,
        title,
        "Infrastructure",
        true,
        Optional.empty(),
        12,
        refs,
        uid.equals("traefik") ? List.of("DS_PROMETHEUS") : List.of());
  }
}
