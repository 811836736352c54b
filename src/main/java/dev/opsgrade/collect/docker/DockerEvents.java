package dev.opsgrade.collect.docker;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A host's container events in a window (normally the last 24 h): per container, how often it died,
 * was OOM-killed, was restarted and turned unhealthy, and how long each restart took (from die to
 * the next start). The engine keeps only its most recent events in memory (about 256, of every
 * type), so {@code oldestEvent} says how far back the window really reaches.
 */
@FactKind("docker.events")
public record DockerEvents(
    String host,
    Instant since,
    Instant until,
    int eventsRead,
    Optional<Instant> oldestEvent,
    boolean possiblyTruncated,
    List<ContainerEvents> containers) {

  /**
   * {@code restarts}: die followed by a start (restart policy or a manual restart); {@code
   * restartEvents}: the engine's "restart" actions (docker restart only).
   */
  public record ContainerEvents(
      String name,
      int dies,
      int ooms,
      int restartEvents,
      int restarts,
      int unhealthy,
      List<Long> restartMillis) {}

  public Optional<ContainerEvents> of(String container) {
    return containers.stream().filter(c -> c.name().equals(container)).findFirst();
  }
}
