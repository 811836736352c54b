package dev.opsgrade.collect.snapshots;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/**
 * The provider snapshots of one inventory host's instance: how many there are, the newest and its
 * age when collected, or why they could not be read.
 */
@FactKind("snapshot.host")
public record HostSnapshots(
    String provider,
    String host,
    String instance,
    Optional<String> instanceName,
    Optional<String> instanceStatus,
    int count,
    Optional<ProviderSnapshot> newest,
    Optional<Long> newestAgeSeconds,
    Optional<String> problem) {

  static HostSnapshots unread(String provider, String host, String instance, String problem) {
    return new HostSnapshots(
        provider,
        host,
        instance,
        Optional.empty(),
        Optional.empty(),
        0,
        Optional.empty(),
        Optional.empty(),
        Optional.of(problem));
  }
}
