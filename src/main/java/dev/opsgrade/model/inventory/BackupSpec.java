package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public record BackupSpec(
    Duration maxAge,
    List<Repository> restic,
    List<Repository> borg,
    Optional<Retention> retention,
    Optional<Contabo> contabo) {

  /** A restic or borg repository: its password only by reference. */
  public record Repository(
      String name, String repo, Optional<SecretRef> password, Optional<String> host) {}

  public record Retention(int daily, int weekly, int monthly) {}

  public record Contabo(
      SecretRef clientId,
      SecretRef clientSecret,
      Optional<SecretRef> apiUser,
      Optional<SecretRef> apiPassword,
      Map<String, Long> instances) {}
}
