package dev.opsgrade.check.docker;

import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.docker.DockerContainer;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Pairs running containers with the compose services declared for their host: by the compose labels
 * (project and service, as Compose sets them), else by container_name.
 */
final class ComposeMatch {
  private ComposeMatch() {}

  /** The host's declared services (active profiles), or why they are unknown. */
  record Declared(List<FactView<ComposeService>> services, Optional<String> missing) {}

  static Declared declared(Evidence evidence, HostEvidence host) {
    List<FactView<ComposeService>> services =
        evidence.all(ComposeService.class).stream()
            .filter(s -> s.data().host().equals(host.name()) && s.data().activeProfile())
            .toList();
    if (!services.isEmpty()) {
      return new Declared(services, Optional.empty());
    }
    if (host.spec().compose().isEmpty()) {
      return new Declared(
          services,
          Optional.of(
              "no compose files listed for "
                  + host.name()
                  + " (hosts[].compose): nothing declared to compare with"));
    }
    Optional<CollectorRun> failed =
        evidence.runs("compose").stream()
            .filter(r -> !r.succeeded() && r.target().contains(host.name()))
            .findFirst();
    return new Declared(
        services,
        Optional.of(
            failed
                .map(
                    r ->
                        "the compose files of "
                            + host.name()
                            + " were not read ("
                            + r.outcome()
                            + ": "
                            + r.detail()
                            + ")")
                .orElse(
                    "no compose service was read for "
                        + host.name()
                        + " from "
                        + host.spec().compose())));
  }

  static Optional<FactView<ComposeService>> serviceOf(
      DockerContainer c, List<FactView<ComposeService>> services) {
    if (c.composeService().isPresent()) {
      String project = c.composeProject().orElse("").toLowerCase(Locale.ROOT);
      Optional<FactView<ComposeService>> byLabels =
          services.stream()
              .filter(s -> s.data().service().equals(c.composeService().get()))
              .filter(s -> s.data().project().toLowerCase(Locale.ROOT).equals(project))
              .findFirst();
      if (byLabels.isPresent()) {
        return byLabels;
      }
    }
    return services.stream()
        .filter(s -> s.data().containerName().map(n -> n.equals(c.name())).orElse(false))
        .findFirst();
  }

  static boolean runs(
      FactView<ComposeService> service,
      List<FactView<DockerContainer>> containers,
      List<FactView<ComposeService>> all) {
    return containers.stream()
        .filter(c -> c.data().running())
        .anyMatch(c -> serviceOf(c.data(), all).map(s -> s == service).orElse(false));
  }
}
