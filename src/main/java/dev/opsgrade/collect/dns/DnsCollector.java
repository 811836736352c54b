package dev.opsgrade.collect.dns;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.Collector;
import dev.opsgrade.collect.net.HostResolver;
import dev.opsgrade.collect.net.Resolution;
import dev.opsgrade.collect.traefik.RouteTargets;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.inventory.Inventory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Looks up every route host and endpoint host with the probes' resolver. */
public final class DnsCollector implements Collector {
  public static final String NAME = "dns";

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
    RouteTargets.Found found = RouteTargets.discover(inventory, context);
    List<String> hosts = found.hosts();
    HostResolver resolver;
    try {
      resolver = HostResolver.of(inventory.probe().resolvers(), inventory.probe().timeout());
    } catch (IllegalArgumentException e) {
      context.run(NAME, "probe.resolvers", CollectorRun.Outcome.FAILED, e.getMessage());
      return;
    }
    List<Future<Resolution>> lookups = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      hosts.forEach(host -> lookups.add(pool.submit(() -> resolver.resolve(host))));
    }
    int failed = 0;
    for (Future<Resolution> lookup : lookups) {
      Resolution resolution = lookup.resultNow();
      failed += resolution.resolved() ? 0 : 1;
      context.fact(
          resolution.host(), Location.url("dns:" + resolution.host()), DnsLookup.of(resolution));
    }
    CollectorRun.Outcome outcome =
        hosts.isEmpty() ? CollectorRun.Outcome.PARTIAL : CollectorRun.Outcome.OK;
    context.run(
        NAME,
        resolver.name(),
        outcome,
        hosts.size() + " hosts looked up, " + failed + " did not resolve" + found.note());
  }
}
