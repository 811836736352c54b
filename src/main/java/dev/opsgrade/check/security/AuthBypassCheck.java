package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.compose.ComposeEvidence;
import dev.opsgrade.check.compose.ComposeJudging;
import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.traefik.TraefikLabels;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * sec.auth-bypass: a service that Traefik puts behind an auth middleware must not also publish a
 * port to the internet, where anyone reaches it without passing the auth. Judged from the compose
 * files and, live, from probes of the servers behind each protected route (see {@link LiveBypass}).
 */
public final class AuthBypassCheck implements Check {

  @Override
  public String id() {
    return "sec.auth-bypass";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    ComposeEvidence compose = ComposeEvidence.of(evidence);
    Set<Integer> allowed = Set.copyOf(evidence.inventory().security().publicPortsAllowed());
    // Docker-provider middlewares are shared by every container Traefik sees on the host.
    Map<String, Map<String, TraefikLabels.Middleware>> definedByHost = new HashMap<>();
    compose
        .activeServicesByHost()
        .forEach(
            (host, services) ->
                definedByHost.put(
                    host,
                    TraefikAuth.definedAcross(
                        services.stream().map(s -> s.data().labels()).toList())));
    List<Finding> live = LiveBypass.findings(evidence, findings);
    if (compose.missing().isPresent() && !live.isEmpty()) {
      return live;
    }
    List<Finding> result =
        new java.util.ArrayList<>(
            ComposeJudging.eachActiveService(
                compose,
                findings,
                view -> judge(view, definedByHost.get(view.data().host()), allowed, findings)));
    result.addAll(live);
    return result;
  }

  private static Finding judge(
      FactView<ComposeService> view,
      Map<String, TraefikLabels.Middleware> defined,
      Set<Integer> allowed,
      Findings findings) {
    ComposeService service = view.data();
    Optional<TraefikAuth.Protection> auth = TraefikAuth.protection(service.labels(), defined);
    if (auth.isEmpty()) {
      return ServiceFindings.notApplicable(
          findings, view, "no Traefik router puts it behind an auth middleware");
    }
    String protection = auth.get().describe();
    if (HostNetwork.uses(service.networkMode())) {
      return ServiceFindings.warn(
          findings,
          view,
          protection + ", but network_mode: host puts every port it opens on " + service.host(),
          0,
          HostNetwork.fix(service.service()));
    }
    Set<Integer> entrypoints = TraefikAuth.proxyEntrypoints(service.image(), allowed);
    List<ComposePorts.Exposure> bypasses = ComposePorts.exposures(service.ports(), entrypoints);
    if (bypasses.isEmpty()) {
      return ServiceFindings.pass(findings, view, protection + " and publishes no public port", 0);
    }
    return bypassed(view, protection, bypasses, findings);
  }

  private static Finding bypassed(
      FactView<ComposeService> view,
      String protection,
      List<ComposePorts.Exposure> bypasses,
      Findings findings) {
    ComposeService service = view.data();
    return ServiceFindings.fail(
        findings,
        view,
        protection
            + ", but "
            + ComposePorts.describe(bypasses)
            + ": anyone can bypass the auth at "
            + ComposePorts.directUrls(bypasses, service.host()),
        bypasses.getFirst().port().file(),
        bypasses.getFirst().port().line(),
        "Drop the published port, or "
            + ComposePorts.fixes(bypasses)
            + ", so "
            + service.service()
            + " is reached only through Traefik");
  }
}
