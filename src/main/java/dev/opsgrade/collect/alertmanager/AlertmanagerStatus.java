package dev.opsgrade.collect.alertmanager;

import dev.opsgrade.model.FactKind;
import java.util.List;
import java.util.Optional;

/**
 * Alertmanager's status: version, cluster state ("ready", "settling", "disabled") and peers, and
 * its receivers with the kinds of integration each has (webhook_configs, email_configs...), read
 * from its loaded configuration without any of the configuration's values.
 */
@FactKind("alertmanager.status")
public record AlertmanagerStatus(
    Optional<String> version,
    String clusterStatus,
    int peers,
    Optional<String> uptime,
    List<Receiver> receivers) {

  /**
   * A receiver and its integrations ("webhook", "email"); none means it notifies nobody. When the
   * configuration could not be read, the integrations are not known.
   */
  public record Receiver(String name, List<String> integrations, boolean integrationsKnown) {

    public boolean silent() {
      return integrationsKnown && integrations.isEmpty();
    }
  }

  public Optional<Receiver> receiver(String name) {
    return receivers.stream().filter(r -> r.name().equals(name)).findFirst();
  }
}
