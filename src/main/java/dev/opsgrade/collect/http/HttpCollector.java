package dev.opsgrade.collect.http;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.net.ChainInspector;
import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.traefik.DialPlan;
import dev.opsgrade.collect.traefik.ProbePlan;
import dev.opsgrade.collect.traefik.RouteTargets;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import dev.opsgrade.model.inventory.ProxySpec;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;

/**
 * Probes every route host through the proxy, each HTTPS route's plain-HTTP entrypoint (to see the
 * redirect), the inventory's endpoints, and the servers behind each route's service directly (to
 * see whether they answer without the route's auth). Probes run concurrently on virtual threads, at
 * most {@value #CONCURRENT} at once, so a run takes about one timeout however many hang.
 */
public final class HttpCollector implements Collector {
  public static final String NAME = "http";
  static final int CONCURRENT = 256;

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
    Optional<String> portal =
        inventory
            .proxy()
            .flatMap(ProxySpec::authelia)
            .flatMap(ProxySpec.Authelia::portal)
            .flatMap(UrlParts::parse)
            .map(UrlParts::host);
    Classifier classifier = new Classifier(portal);
    List<Prober.Request> requests = ProbeRequests.of(found, plan);
    List<HttpProbe> probes = run(requests, classifier, inspector, plan, inventory, context);
    probes.forEach(p -> context.fact(subject(p), Location.url(p.url()), p));
    Map<ProbeClass, Long> classes = new EnumMap<>(ProbeClass.class);
    probes.forEach(p -> classes.merge(p.outcome(), 1L, Long::sum));
    String summary =
        classes.entrySet().stream()
            .map(e -> e.getValue() + " " + e.getKey().label())
            .collect(Collectors.joining(", "));
    context.run(
        NAME,
        "probes",
        requests.isEmpty() ? CollectorRun.Outcome.PARTIAL : CollectorRun.Outcome.OK,
        probes.size() + " probes" + (summary.isEmpty() ? "" : ": " + summary) + found.note());
  }

  private static List<HttpProbe> run(
      List<Prober.Request> requests,
      Classifier classifier,
      ChainInspector inspector,
      DialPlan plan,
      Inventory inventory,
      CollectContext context) {
    Semaphore slots = new Semaphore(CONCURRENT);
    List<Future<HttpProbe>> running = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Prober.Request request : requests) {
        Exchange exchange =
            new Exchange(
                classifier,
                inspector.gate(context::now),
                inventory.probe().timeout(),
                ProbeRequests.redial(request, plan));
        Prober prober = new Prober(exchange, inventory.probe().samples());
        running.add(
            pool.submit(
                () -> {
                  slots.acquire();
                  try {
                    return prober.probe(request);
                  } finally {
                    slots.release();
                  }
                }));
      }
    }
    return running.stream().map(Future::resultNow).toList();
  }

  private static String subject(HttpProbe probe) {
    String kind = probe.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    String owner = probe.router().or(probe::endpoint).map(o -> o + " ").orElse("");
    return kind + ":" + owner + probe.url();
  }
}
