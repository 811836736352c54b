package dev.opsgrade.check.docker;

import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.collect.docker.DockerEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A container's restarts in the events window, and how that window and its restarts read. */
final class Restarts {
  private Restarts() {}

  /**
   * Die-to-start pairs of the events, or, for a container created within the last 24 h, its restart
   * count when that is higher (the engine keeps few past events).
   */
  static int inWindow(DockerContainer c, Optional<DockerEvents> events, Instant now) {
    int fromEvents =
        events.flatMap(e -> e.of(c.name())).map(DockerEvents.ContainerEvents::restarts).orElse(0);
    boolean young = c.created().map(t -> t.isAfter(now.minus(Duration.ofHours(24)))).orElse(false);
    return young ? Math.max(fromEvents, c.restartCount()) : fromEvents;
  }

  static String window(DockerEvents events) {
    return events.possiblyTruncated()
        ? " since "
            + events.oldestEvent().orElse(events.since())
            + " (the engine kept no older events)"
        : " in 24 h";
  }

  static String longest(Optional<DockerEvents> events, DockerContainer c) {
    List<Long> millis =
        events
            .flatMap(e -> e.of(c.name()))
            .map(DockerEvents.ContainerEvents::restartMillis)
            .orElse(List.of());
    return millis.stream().mapToLong(Long::longValue).max().stream()
        .mapToObj(max -> "; longest restart took " + max + " ms")
        .findFirst()
        .orElse("");
  }
}
