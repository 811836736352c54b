package dev.opsgrade.check.monitoring;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Location;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Why a monitoring check has no evidence: the system is not in the inventory, its collector did not
 * run, or the part of its API the check needs could not be read (with the URL and the reason).
 */
final class MonitoringRuns {
  private MonitoringRuns() {}

  /**
   * Empty when {@code collector} read the API part at {@code path}; otherwise why not. {@code key}
   * names the inventory entry ("prometheus" for monitoring.prometheus).
   */
  static Optional<String> missing(Evidence evidence, String collector, String key, String path) {
    List<CollectorRun> runs = evidence.runs(collector);
    if (runs.stream().anyMatch(r -> r.outcome() == CollectorRun.Outcome.NOT_CONFIGURED)) {
      return Optional.of("monitoring." + key + " is not configured in opsgrade.yaml");
    }
    if (runs.isEmpty()) {
      return Optional.of("the " + collector + " collector did not run");
    }
    List<CollectorRun> forPath = runs.stream().filter(r -> r.target().contains(path)).toList();
    if (forPath.stream().anyMatch(CollectorRun::succeeded)) {
      return Optional.empty();
    }
    List<CollectorRun> failed = forPath.isEmpty() ? failures(runs) : forPath;
    if (failed.isEmpty()) {
      return Optional.of("the " + collector + " collector did not read " + path);
    }
    return Optional.of(
        "the "
            + collector
            + " collector could not read it: "
            + failed.stream()
                .map(CollectorRun::detail)
                .distinct()
                .collect(Collectors.joining("; ")));
  }

  /** The failed runs of a collector whose target contains {@code fragment}. */
  static List<CollectorRun> failed(Evidence evidence, String collector, String fragment) {
    return failures(evidence.runs(collector)).stream()
        .filter(r -> r.target().contains(fragment))
        .toList();
  }

  /** The URL of the run that read {@code path}, as a finding's location. */
  static Location url(Evidence evidence, String collector, String path) {
    return evidence.runs(collector).stream()
        .filter(r -> r.target().contains(path))
        .findFirst()
        .map(r -> Location.url(r.target()))
        .orElse(Location.url(path));
  }

  private static List<CollectorRun> failures(List<CollectorRun> runs) {
    return runs.stream()
        .filter(r -> !r.succeeded() && r.outcome() != CollectorRun.Outcome.NOT_CONFIGURED)
        .toList();
  }
}
