package dev.opsgrade.check.routes;

import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.model.CollectorRun;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The HTTP probe facts, by kind and router, and why there are none. */
public final class Probes {
  public static final String COLLECTOR = "http";
  private final Evidence evidence;
  private final List<FactView<HttpProbe>> all;

  private Probes(Evidence evidence) {
    this.evidence = evidence;
    this.all = evidence.all(HttpProbe.class);
  }

  public static Probes of(Evidence evidence) {
    return new Probes(evidence);
  }

  public List<FactView<HttpProbe>> of(HttpProbe.Kind kind) {
    return all.stream().filter(p -> p.data().kind() == kind).toList();
  }

  public List<FactView<HttpProbe>> of(HttpProbe.Kind kind, String router) {
    return of(kind).stream()
        .filter(p -> p.data().router().map(router::equals).orElse(false))
        .toList();
  }

  public Optional<FactView<HttpProbe>> route(String router, String host) {
    return of(HttpProbe.Kind.ROUTE, router).stream()
        .filter(p -> p.data().host().equalsIgnoreCase(host))
        .findFirst();
  }

  public boolean any() {
    return !all.isEmpty();
  }

  /** Why no probe exists: the collector's runs, or that it did not run. */
  public String missing() {
    return missing(evidence, COLLECTOR, "the HTTP collector");
  }

  public static String missing(Evidence evidence, String collector, String what) {
    List<CollectorRun> runs = evidence.runs(collector);
    if (runs.isEmpty()) {
      return what + " did not run (no proxy.traefik and no endpoints in the inventory?)";
    }
    return what
        + " found nothing to probe: "
        + runs.stream()
            .map(r -> r.target() + ": " + r.outcome() + " " + r.detail())
            .collect(Collectors.joining("; "));
  }
}
