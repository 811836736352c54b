package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

public record MonitoringSpec(
    Optional<Prometheus> prometheus,
    Optional<Alertmanager> alertmanager,
    Optional<Grafana> grafana,
    Optional<Loki> loki) {

  public record Prometheus(String url, List<String> keyAlerts) {}

  public record Alertmanager(String url, boolean testAlert, Optional<Delivery> delivery) {}

  /** Exactly one of the three is set. */
  public record Delivery(
      Optional<String> webhookListen, Optional<Ntfy> ntfy, Optional<Gotify> gotify) {}

  public record Ntfy(String url, String topic, Optional<SecretRef> token) {}

  public record Gotify(String url, SecretRef clientToken) {}

  public record Grafana(
      String url, Optional<SecretRef> token, Optional<Integer> expectDashboards) {}

  public record Loki(String url, String hostLabel, Duration maxSilence) {}
}
