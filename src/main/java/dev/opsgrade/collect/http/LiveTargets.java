package dev.opsgrade.collect.http;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.net.ChainInspector;
import dev.opsgrade.collect.net.HostResolver;
import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.traefik.DialPlan;
import dev.opsgrade.collect.traefik.RouteTargets;
import dev.opsgrade.collect.traefik.TraefikReader;
import dev.opsgrade.model.inventory.EndpointSpec;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProxySpec;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The routes and endpoints `opsgrade serve` probes continuously, found and dialled exactly as the
 * HTTP collector finds and dials them (proxy routes from Traefik, the inventory's resolvers and
 * CA), each probed with one sample per call.
 */
public final class LiveTargets {
  /** One target: its name and group, the URL shown, and how to probe it once. */
  public static final class Target {
    private final String name;
    private final String group;
    private final String url;
    private final List<Integer> expected;
    private final Prober.Request request;
    private final Classifier classifier;
    private final ChainInspector inspector;
    private final DialPlan plan;
    private final CollectContext context;

    private Target(
        String name,
        String group,
        List<Integer> expected,
        Prober.Request request,
        Classifier classifier,
        ChainInspector inspector,
        DialPlan plan,
        CollectContext context) {
      this.name = name;
      this.group = group;
      this.url = request.url().display();
      this.expected = List.copyOf(expected);
      this.request = request;
      this.classifier = classifier;
      this.inspector = inspector;
      this.plan = plan;
      this.context = context;
    }

    public String name() {
      return name;
    }

    public String group() {
      return group;
    }

    public String url() {
      return url;
    }

    public List<Integer> expectedStatus() {
      return expected;
    }

    /** One sample within {@code deadline}; its class label names the failure. */
    public HttpProbe.Sample probe(Duration deadline) {
      Exchange exchange =
          new Exchange(
              classifier,
              inspector.gate(context::now),
              deadline,
              ProbeRequests.redial(request, plan));
      return new Prober(exchange, 1).probe(request).samples().getFirst();
    }

    /** Up: a 2xx, an auth gate in front, or a status the inventory expects. */
    public boolean up(HttpProbe.Sample sample) {
      return sample.outcome() == ProbeClass.OK
          || sample.outcome() == ProbeClass.AUTH_REDIRECT
          || sample.status().map(expected::contains).orElse(false);
    }
  }

  private LiveTargets() {}

  /** Every route through the proxy and every endpoint, as the collector would probe them. */
  public static List<Target> discover(Inventory inventory, CollectContext context)
      throws IOException {
    ChainInspector inspector = TraefikReader.inspector(inventory, context);
    HostResolver resolver =
        HostResolver.of(inventory.probe().resolvers(), inventory.probe().timeout());
    RouteTargets.Found found = RouteTargets.discover(inventory, context);
    Map<String, String> mapped =
        TraefikReader.spec(inventory).map(ProxySpec.Traefik::entrypoints).orElse(Map.of());
    DialPlan plan = new DialPlan(mapped, found.entrypointPorts(), resolver);
    Optional<String> portal =
        inventory
            .proxy()
            .flatMap(ProxySpec::authelia)
            .flatMap(ProxySpec.Authelia::portal)
            .flatMap(UrlParts::parse)
            .map(UrlParts::host);
    Classifier classifier = new Classifier(portal);
    Map<String, EndpointSpec> endpoints = new HashMap<>();
    inventory.endpoints().forEach(e -> endpoints.put(e.name(), e));
    Map<String, Integer> routerUses = new HashMap<>();
    List<Prober.Request> requests =
        ProbeRequests.of(found, plan).stream()
            .filter(r -> r.kind() == HttpProbe.Kind.ROUTE || r.kind() == HttpProbe.Kind.ENDPOINT)
            .toList();
    requests.forEach(
        r -> r.router().ifPresent(router -> routerUses.merge(router, 1, Integer::sum)));
    List<Target> targets = new ArrayList<>();
    for (Prober.Request request : requests) {
      String name;
      String group;
      List<Integer> expected = List.of();
      if (request.kind() == HttpProbe.Kind.ENDPOINT) {
        name = request.endpoint().orElseThrow();
        group = "endpoints";
        expected = endpoints.get(name).expect().status();
      } else {
        String router = request.router().orElseThrow();
        name = routerUses.get(router) > 1 ? router + " " + request.url().display() : router;
        group = request.url().host();
      }
      targets.add(new Target(name, group, expected, request, classifier, inspector, plan, context));
    }
    return List.copyOf(targets);
  }
}
