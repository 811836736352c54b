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

  /**
   * A restic or borg repository: its password only by reference. {@code readData} is how much of
   * the stored data the integrity check reads back: "all", or for restic a subset ("5%", "1/10").
   */
  public record Repository(
      String name,
      String repo,
      Optional<SecretRef> password,
      Optional<String> host,
      Optional<String> readData) {

    public Repository(
        String name, String repo, Optional<SecretRef> password, Optional<String> host) {
      this(name, repo, password, host, Optional.empty());
    }
  }

  public record Retention(int daily, int weekly, int monthly) {}

  /**
   * Contabo's API: the OAuth2 client and API user, each host's instance id, and where the API and
   * its token endpoint are (Contabo's own by default; another for a proxy or a test).
   */
  public record Contabo(
      SecretRef clientId,
      SecretRef clientSecret,
      Optional<SecretRef> apiUser,
      Optional<SecretRef> apiPassword,
      Map<String, Long> instances,
      String apiUrl,
      String authUrl) {}
}
