package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.net.ChainInspector;
import dev.opsgrade.collect.net.HostResolver;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProxySpec;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * What a collector that dials the routes needs (HTTP, TLS): the trust its handshakes check against
 * (the JDK's CAs plus probe.ca), the targets, and where each one is dialled (probe.resolvers,
 * proxy.traefik.entrypoints).
 */
public record ProbePlan(ChainInspector inspector, RouteTargets.Found found, DialPlan dial) {

  /**
   * The plan, or empty after a FAILED run that says why (an unreadable probe.ca, a bad resolver).
   */
  public static Optional<ProbePlan> of(
      Inventory inventory, CollectContext context, String collector) {
    ChainInspector inspector;
    HostResolver resolver;
    try {
      inspector = TraefikReader.inspector(inventory, context);
      resolver = HostResolver.of(inventory.probe().resolvers(), inventory.probe().timeout());
    } catch (IOException | IllegalArgumentException e) {
      context.run(collector, "probe", CollectorRun.Outcome.FAILED, e.getMessage());
      return Optional.empty();
    }
    RouteTargets.Found found = RouteTargets.discover(inventory, context);
    Map<String, String> mapped =
        TraefikReader.spec(inventory).map(ProxySpec.Traefik::entrypoints).orElse(Map.of());
    return Optional.of(
        new ProbePlan(inspector, found, new DialPlan(mapped, found.entrypointPorts(), resolver)));
  }
}
