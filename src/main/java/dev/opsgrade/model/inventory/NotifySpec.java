package dev.opsgrade.model.inventory;

import java.util.Optional;

/** Exactly one channel is set. */
public record NotifySpec(
    Optional<MonitoringSpec.Ntfy> ntfy, Optional<GotifyPush> gotify, Optional<String> webhook) {

  public record GotifyPush(String url, SecretRef token) {}
}
