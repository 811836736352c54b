package dev.opsgrade.collect.tls;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.net.ChainInspector;
import dev.opsgrade.collect.net.ChainVerdict;
import dev.opsgrade.collect.net.Dial;
import dev.opsgrade.collect.net.HttpWire;
import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.net.WireException;
import dev.opsgrade.collect.traefik.DialPlan;
import dev.opsgrade.collect.traefik.ProbePlan;
import dev.opsgrade.collect.traefik.RouteTargets;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Shakes hands with every HTTPS route host and endpoint, where the probes reach them. */
public final class TlsCollector implements Collector {
  public static final String NAME = "tls";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public boolean configured(Inventory inventory) {
    return RouteTargets.anySource(inventory);
  }

  @Override
  public void collect(Inventory inventory, CollectContext context) {
    Optional<ProbePlan> probePlan = ProbePlan.of(inventory, context, NAME);
    if (probePlan.isEmpty()) {
      return;
    }
    ChainInspector inspector = probePlan.get().inspector();
    RouteTargets.Found found = probePlan.get().found();
    DialPlan plan = probePlan.get().dial();
    Map<String, DialPlan.Planned> hosts = new LinkedHashMap<>();
    found.routes().stream()
        .filter(RouteTargets.Target::https)
        .forEach(
            t -> hosts.putIfAbsent(t.host(), plan.route(t.host(), "/", true, t.entrypoints())));
    for (var endpoint : found.endpoints()) {
      UrlParts.parse(endpoint.url())
          .filter(UrlParts::https)
          .ifPresent(
              u -> hosts.putIfAbsent(u.host(), plan.url(u.host(), u.port(), true, endpoint.url())));
    }
    List<Future<TlsCertificate>> handshakes = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      hosts.forEach(
          (host, planned) ->
              handshakes.add(
                  pool.submit(() -> inspect(host, planned, inspector, inventory, context))));
    }
    int refused = 0;
    for (Future<TlsCertificate> handshake : handshakes) {
      TlsCertificate certificate = handshake.resultNow();
      refused += certificate.problems().isEmpty() && certificate.error().isEmpty() ? 0 : 1;
      context.fact(certificate.host(), Location.url(certificate.url()), certificate);
    }
    context.run(
        NAME,
        inspector.anchors().describe(),
        CollectorRun.Outcome.OK,
        hosts.size()
            + " HTTPS hosts, "
            + refused
            + " with a certificate problem or no handshake"
            + found.note());
  }

  private static TlsCertificate inspect(
      String host,
      DialPlan.Planned planned,
      ChainInspector inspector,
      Inventory inventory,
      CollectContext context) {
    if (planned.dial().isEmpty()) {
      return failed(
          host,
          planned.url(),
          "-",
          host
              + " does not resolve: "
              + planned.resolution().outcome()
              + " "
              + planned.resolution().detail());
    }
    Dial dial = planned.dial().get();
    try {
      List<X509Certificate> chain = HttpWire.handshake(dial, inventory.probe().timeout());
      ChainVerdict v = inspector.inspect(chain, host, context.now());
      return new TlsCertificate(
          host,
          planned.url(),
          dial.dialled(),
          Optional.empty(),
          Optional.of(v.subject()),
          Optional.of(v.issuer()),
          v.names(),
          Optional.of(v.notBefore()),
          Optional.of(v.notAfter()),
          v.selfSigned(),
          v.trusted(),
          v.trustProblem(),
          v.hostMatches(),
          v.chainSubjects(),
          v.problems());
    } catch (WireException e) {
      return failed(host, planned.url(), dial.dialled(), e.getMessage());
    }
  }

  private static TlsCertificate failed(String host, String url, String dialled, String why) {
    return new TlsCertificate(
        host,
        url,
        dialled,
        Optional.of(why),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        false,
        false,
        Optional.empty(),
        false,
        List.of(),
        List.of());
  }
}
