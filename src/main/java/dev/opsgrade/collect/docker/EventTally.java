package dev.opsgrade.collect.docker;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;

/**
 * Counts a host's container events as they stream in (oldest first): dies, OOM kills, restarts with
 * their duration from die to the next start, and turns to unhealthy.
 */
final class EventTally {
  /**
   * moby keeps about 256 past events in memory (measured on Engine 20.10: 251 returned), of every
   * type, so a window with this many events may begin later than asked.
   */
  static final int ENGINE_EVENT_BUFFER = 240;

  private final Map<String, Counts> byId = new HashMap<>();
  private int read;
  private Optional<Instant> oldest = Optional.empty();

  private static final class Counts {
    String name = "";
    int dies;
    int ooms;
    int restartEvents;
    int unhealthy;
    Optional<Long> diedAtNanos = Optional.empty();
    final List<Long> restartMillis = new ArrayList<>();
  }

  /** Every event counts for how far back the window reaches; container events are tallied. */
  void accept(JsonNode event) {
    read++;
    long nanos = nanosOf(event);
    if (oldest.isEmpty()) {
      oldest = Optional.of(Instant.ofEpochSecond(0, nanos));
    }
    if (!event.path("Type").asString("container").equals("container")) {
      return;
    }
    String id = event.path("Actor").path("ID").asString(event.path("id").asString(""));
    Counts counts = byId.computeIfAbsent(id, k -> new Counts());
    String name = event.path("Actor").path("Attributes").path("name").asString("");
    if (!name.isEmpty()) {
      counts.name = name;
    }
    String action = event.path("Action").asString(event.path("status").asString(""));
    switch (action) {
      case "die" -> {
        counts.dies++;
        counts.diedAtNanos = Optional.of(nanos);
      }
      case "start" -> {
        counts.diedAtNanos.ifPresent(died -> counts.restartMillis.add((nanos - died) / 1_000_000));
        counts.diedAtNanos = Optional.empty();
      }
      case "oom" -> counts.ooms++;
      case "restart" -> counts.restartEvents++;
      default -> {
        if (action.startsWith("health_status") && action.contains("unhealthy")) {
          counts.unhealthy++;
        }
      }
    }
  }

  DockerEvents result(String host, Instant since, Instant until) {
    Map<String, DockerEvents.ContainerEvents> byName = new TreeMap<>();
    for (Counts c : byId.values()) {
      String name = c.name.isEmpty() ? "(unnamed)" : c.name;
      DockerEvents.ContainerEvents mine =
          new DockerEvents.ContainerEvents(
              name,
              c.dies,
              c.ooms,
              c.restartEvents,
              c.restartMillis.size(),
              c.unhealthy,
              List.copyOf(c.restartMillis));
      byName.merge(name, mine, EventTally::sum);
    }
    boolean truncated =
        read >= ENGINE_EVENT_BUFFER
            && oldest.map(o -> o.isAfter(since.plusSeconds(60))).orElse(false);
    return new DockerEvents(
        host, since, until, read, oldest, truncated, List.copyOf(byName.values()));
  }

  private static DockerEvents.ContainerEvents sum(
      DockerEvents.ContainerEvents a, DockerEvents.ContainerEvents b) {
    List<Long> millis = new ArrayList<>(a.restartMillis());
    millis.addAll(b.restartMillis());
    return new DockerEvents.ContainerEvents(
        a.name(),
        a.dies() + b.dies(),
        a.ooms() + b.ooms(),
        a.restartEvents() + b.restartEvents(),
        a.restarts() + b.restarts(),
        a.unhealthy() + b.unhealthy(),
        List.copyOf(millis));
  }

  private static long nanosOf(JsonNode event) {
    if (event.has("timeNano")) {
      return event.path("timeNano").asLong();
    }
    return event.path("time").asLong() * 1_000_000_000L;
  }
}
