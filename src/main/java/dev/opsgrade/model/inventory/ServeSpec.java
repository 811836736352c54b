package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The daemon: where its dashboard listens, how often it probes and assesses, how long raw probe
 * results are kept, when a failing route is told (after {@code alertAfter} failures in a row) and
 * when its recovery is (after {@code recoverAfter} successes), the text of those messages, and the
 * declared maintenance windows. {@code publicBadges}: the routes and endpoints (by the name the
 * dashboard shows) whose SVG status badge anyone may fetch.
 */
public record ServeSpec(
    String listen,
    Optional<String> passwordFile,
    Optional<SecretRef> metricsToken,
    Duration probeInterval,
    Duration assessEvery,
    Duration rawRetention,
    int alertAfter,
    int recoverAfter,
    String message,
    List<Maintenance> maintenance,
    List<String> publicBadges) {

  public ServeSpec {
    maintenance = maintenance == null ? List.of() : List.copyOf(maintenance);
    publicBadges = publicBadges == null ? List.of() : List.copyOf(publicBadges);
  }

  /** Maintenance [start, end) of the routes, endpoints or groups in {@code scope} (empty: all). */
  public record Maintenance(Instant start, Instant end, String reason, List<String> scope) {
    public Maintenance {
      scope = List.copyOf(scope);
    }
  }
}
