package dev.opsgrade.config;

import dev.opsgrade.model.inventory.MonitoringSpec;
import java.util.List;

/** {@code monitoring:} Prometheus, Alertmanager (and how a test alert arrives), Grafana, Loki. */
final class MonitoringBinder {
  private static final List<String> DELIVERIES = List.of("webhook_listen", "ntfy", "gotify");

  private MonitoringBinder() {}

  static MonitoringSpec bind(YamlMap monitoring) {
    monitoring.allowKeys("prometheus", "alertmanager", "grafana", "loki");
    return new MonitoringSpec(
        monitoring.map("prometheus", MonitoringBinder::prometheus),
        monitoring.map("alertmanager", MonitoringBinder::alertmanager),
        monitoring.map("grafana", MonitoringBinder::grafana),
        monitoring.map("loki", MonitoringBinder::loki));
  }

  private static MonitoringSpec.Prometheus prometheus(YamlMap prometheus) {
    prometheus.allowKeys("url", "key_alerts");
    List<String> keyAlerts =
        prometheus.has("key_alerts")
            ? prometheus.list("key_alerts", Types.TEXT)
            : InventoryDefaults.KEY_ALERTS;
    return new MonitoringSpec.Prometheus(url(prometheus), keyAlerts);
  }

  private static MonitoringSpec.Alertmanager alertmanager(YamlMap alertmanager) {
    alertmanager.allowKeys("url", "test_alert", "delivery");
    return new MonitoringSpec.Alertmanager(
        url(alertmanager),
        alertmanager.get("test_alert", Types.BOOLEAN, false),
        alertmanager.map("delivery", MonitoringBinder::delivery));
  }

  private static MonitoringSpec.Delivery delivery(YamlMap delivery) {
    delivery.allowKeys(DELIVERIES);
    ChannelBinder.exactlyOne(delivery, DELIVERIES);
    return new MonitoringSpec.Delivery(
        delivery.get("webhook_listen", Formats.LISTEN_TYPE),
        delivery.map("ntfy", ChannelBinder::ntfy),
        delivery.map("gotify", MonitoringBinder::gotify));
  }

  private static MonitoringSpec.Gotify gotify(YamlMap gotify) {
    gotify.allowKeys("url", "client_token", "client_token_file");
    return new MonitoringSpec.Gotify(
        url(gotify), gotify.requiredSecret("client_token").orElse(Placeholders.SECRET));
  }

  private static MonitoringSpec.Grafana grafana(YamlMap grafana) {
    grafana.allowKeys("url", "token", "token_file", "expect_dashboards");
    return new MonitoringSpec.Grafana(
        url(grafana),
        grafana.secret("token"),
        grafana.get("expect_dashboards", Types.range(0, Integer.MAX_VALUE)));
  }

  private static MonitoringSpec.Loki loki(YamlMap loki) {
    loki.allowKeys("url", "host_label", "max_silence");
    return new MonitoringSpec.Loki(
        url(loki),
        loki.get("host_label", Types.TEXT, InventoryDefaults.LOKI_HOST_LABEL),
        loki.get("max_silence", Formats.DURATION_TYPE, InventoryDefaults.LOKI_MAX_SILENCE));
  }

  private static String url(YamlMap section) {
    return section.required("url", Formats.HTTP_URL_TYPE).orElse("");
  }
}
