package dev.opsgrade.collect.alertmanager;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Says, from what was seen, why a test alert did not arrive: facts, not judgement. */
final class Reasons {
  private Reasons() {}

  static String notDelivered(
      Watch watch, Optional<AlertmanagerStatus> status, String channel, Duration wait) {
    String within = " within " + wait.toSeconds() + " s";
    String problem = watch.lastProblem().map(p -> " (last problem: " + p + ")").orElse("");
    if (watch.seen().isEmpty()) {
      return "Alertmanager accepted the alert but never listed it" + within + problem;
    }
    Watch.Seen seen = watch.seen().get();
    if (!seen.state().equals("active")) {
      return "Alertmanager holds it as " + seen.detail() + ", so it notifies nobody" + problem;
    }
    if (seen.receivers().isEmpty()) {
      return "Alertmanager routed it to no receiver" + problem;
    }
    return "Alertmanager routed it to "
        + receivers(seen.receivers(), status)
        + ", but nothing reached "
        + channel
        + within
        + problem;
  }

  private static String receivers(List<String> names, Optional<AlertmanagerStatus> status) {
    return names.stream()
        .map(name -> "receiver " + name + integrations(name, status))
        .collect(Collectors.joining(", "));
  }

  private static String integrations(String name, Optional<AlertmanagerStatus> status) {
    Optional<AlertmanagerStatus.Receiver> receiver = status.flatMap(s -> s.receiver(name));
    if (receiver.isEmpty() || !receiver.get().integrationsKnown()) {
      return "";
    }
    List<String> kinds = receiver.get().integrations();
    return kinds.isEmpty()
        ? " (which has no integrations: it notifies nobody)"
        : " (" + String.join(", ", kinds) + ")";
  }
}
