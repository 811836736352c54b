package dev.opsgrade.check.docker;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.docker.DockerHosts.HostEvidence;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * rel.declared-running: every service declared in a host's compose files runs there, and every
 * container running there is declared. One finding per host, with both lists.
 */
public final class DeclaredRunningCheck implements Check {

  @Override
  public String id() {
    return "rel.declared-running";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    return HostChecks.each(evidence, findings, host -> List.of(judge(evidence, host, findings)));
  }

  private static Finding judge(Evidence evidence, HostEvidence host, Findings findings) {
    ComposeMatch.Declared declared = ComposeMatch.declared(evidence, host);
    if (declared.missing().isPresent()) {
      return findings.unverified(host.name(), declared.missing().get());
    }
    List<FactView<ComposeService>> services = declared.services();
    List<String> notRunning = new ArrayList<>();
    for (FactView<ComposeService> service : services) {
      if (!ComposeMatch.runs(service, host.containers(), services)) {
        notRunning.add(service.data().service() + state(service, host));
      }
    }
    List<String> undeclared =
        host.containers().stream()
            .filter(c -> c.data().running())
            .filter(c -> ComposeMatch.serviceOf(c.data(), services).isEmpty())
            .map(c -> c.data().name())
            .toList();
    List<String> ids =
        Stream.concat(
                services.stream().map(FactView::id), host.containers().stream().map(FactView::id))
            .toList();
    Location where = services.getFirst().location();
    String counts =
        services.size()
            + " declared, "
            + host.containers().stream().filter(c -> c.data().running()).count()
            + " running";
    if (notRunning.isEmpty() && undeclared.isEmpty()) {
      return findings.of(
          dev.opsgrade.model.Status.PASS,
          host.name(),
          counts + ": every declared service runs and every running container is declared",
          java.util.Optional.of(where),
          ids);
    }
    return findings.fail(
        host.name(),
        counts
            + "; declared but not running: "
            + list(notRunning)
            + "; running but not declared: "
            + list(undeclared),
        where,
        ids,
        "On "
            + host.name()
            + ": start "
            + list(notRunning)
            + " (docker compose up -d); declare "
            + list(undeclared)
            + " in a compose file of the host, or remove them.");
  }

  private static String state(FactView<ComposeService> service, HostEvidence host) {
    return host.containers().stream()
        .map(FactView::data)
        .filter(c -> ComposeMatch.serviceOf(c, List.of(service)).isPresent())
        .findFirst()
        .map(c -> " (" + c.state() + (c.state().equals("exited") ? " " + c.exitCode() : "") + ")")
        .orElse(" (no container)");
  }

  private static String list(List<String> names) {
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
