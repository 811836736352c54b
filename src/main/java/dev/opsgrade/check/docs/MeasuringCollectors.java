package dev.opsgrade.check.docs;

import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.inventory.HostSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which collector measures which fact, to say why a claim could not be checked. */
final class MeasuringCollectors {
  record Source(String collector, String description) {}

  private static final Map<String, Source> BY_PREFIX =
      Map.of(
          "containers.", new Source("docker", "the Docker Engine collector (hosts[].docker)"),
          "compose.", new Source("compose", "the compose collector (hosts[].compose)"),
          "prometheus.",
              new Source("prometheus", "the Prometheus collector (monitoring.prometheus)"),
          "grafana.", new Source("grafana", "the Grafana collector (monitoring.grafana)"),
          "traefik.", new Source("traefik", "the Traefik collector (proxy.traefik.api)"),
          "ansible.", new Source("ansible", "the Ansible collector (dr.playbooks)"),
          "docs.", new Source("docs", "the docs collector (docs.path)"));

  private MeasuringCollectors() {}

  static Optional<Source> of(String fact) {
    return BY_PREFIX.entrySet().stream()
        .filter(e -> fact.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** Why nothing measured {@code fact}, and what would. */
  static String whyUnmeasured(String fact, Evidence evidence) {
    if (fact.startsWith("grade.")) {
      return "no grade yet: opsgrade grades the assessment after its checks and compares grade"
          + " claims in a second pass";
    }
    Optional<String> unknownHost = unknownHost(fact, evidence);
    if (unknownHost.isPresent()) {
      return unknownHost.get();
    }
    return of(fact)
        .map(source -> fromRuns(fact, source, evidence.runs(source.collector())))
        .orElse(
            "no collector measures "
                + fact
                + ": a docs.claims pattern can only be checked"
                + " against a measurement that some collector reports");
  }

  private static Optional<String> unknownHost(String fact, Evidence evidence) {
    String prefix = "containers.host.";
    if (!fact.startsWith(prefix)) {
      return Optional.empty();
    }
    String host = fact.substring(prefix.length());
    List<String> hosts = evidence.inventory().hosts().stream().map(HostSpec::name).toList();
    if (hosts.contains(host)) {
      return Optional.empty();
    }
    return Optional.of(
        "no host named '"
            + host
            + "' in the inventory (hosts: "
            + String.join(", ", hosts)
            + "): add it under hosts[] with its docker endpoint to measure "
            + fact);
  }

  private static String fromRuns(String fact, Source source, List<CollectorRun> runs) {
    if (runs.stream().anyMatch(CollectorRun::succeeded)) {
      return "no measurement of "
          + fact
          + ": "
          + source.description()
          + " ran but did not measure it";
    }
    List<CollectorRun> failed =
        runs.stream().filter(r -> r.outcome() != CollectorRun.Outcome.NOT_CONFIGURED).toList();
    if (!failed.isEmpty()) {
      return "no measurement of "
          + fact
          + ": the "
          + source.collector()
          + " collector failed ("
          + failed.stream()
              .map(r -> r.target() + ": " + r.detail())
              .collect(Collectors.joining("; "))
          + ")";
    }
    return "no measurement of " + fact + " yet: " + source.description() + " would measure it";
  }
}
