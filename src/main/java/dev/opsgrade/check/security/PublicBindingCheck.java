package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.check.docker.HostSources;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * sec.public-binding: no port published on all interfaces (or on a public address) unless the
 * inventory's security.public_ports_allowed lists it.
 */
public final class PublicBindingCheck implements Check {

  @Override
  public String id() {
    return "sec.public-binding";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Set<Integer> allowed = Set.copyOf(evidence.inventory().security().publicPortsAllowed());
    return HostSources.judge(
        evidence,
        findings,
        HostSources.Containers.ALL,
        running -> RunningBindings.finding(findings, running, allowed, listed(allowed)),
        service -> judge(service, allowed, findings));
  }

  private static Finding judge(
      FactView<ComposeService> view, Set<Integer> allowed, Findings findings) {
    ComposeService service = view.data();
    if (HostNetwork.uses(service.networkMode())) {
      return ServiceFindings.warn(
          findings,
          view,
          "network_mode: host: every port the service listens on is open on the host's"
              + " interfaces, where no ports: entry can restrict it",
          0,
          HostNetwork.fix(service.service()));
    }
    List<ComposePorts.Exposure> exposures = ComposePorts.exposures(service.ports(), allowed);
    if (!exposures.isEmpty()) {
      return ServiceFindings.fail(
          findings,
          view,
          ComposePorts.describe(exposures)
              + " (allowed on all interfaces: "
              + listed(allowed)
              + ")",
          exposures.getFirst().port().file(),
          exposures.getFirst().port().line(),
          "In "
              + service.service()
              + "'s ports: "
              + ComposePorts.fixes(exposures)
              + " (or drop the port and reach the service through the proxy)");
    }
    return unexposed(view, findings);
  }

  private static Finding unexposed(FactView<ComposeService> view, Findings findings) {
    ComposeService service = view.data();
    if (service.ports().isEmpty()) {
      return ServiceFindings.pass(findings, view, "publishes no port", 0);
    }
    return ServiceFindings.pass(
        findings,
        view,
        "publishes only on loopback, a private address or allowlisted ports: "
            + service.ports().stream()
                .map(p -> "\"" + p.raw() + "\"")
                .collect(Collectors.joining(", ")),
        service.ports().getFirst().line());
  }

  private static String listed(Set<Integer> allowed) {
    return allowed.isEmpty()
        ? "none"
        : allowed.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
