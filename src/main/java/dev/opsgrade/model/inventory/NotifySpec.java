package dev.opsgrade.model.inventory;

import java.util.Optional;

/** Exactly one channel is set. {@code alertmanager}: the base URL of an Alertmanager. */
public record NotifySpec(
    Optional<MonitoringSpec.Ntfy> ntfy,
    Optional<GotifyPush> gotify,
    Optional<String> webhook,
    Optional<String> alertmanager) {

  public NotifySpec(
      Optional<MonitoringSpec.Ntfy> ntfy, Optional<GotifyPush> gotify, Optional<String> webhook) {
    this(ntfy, gotify, webhook, Optional.empty());
  }

  public record GotifyPush(String url, SecretRef token) {}
}
