package dev.opsgrade.check.routes;

import dev.opsgrade.check.compose.ComposeEvidence;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.traefik.ConfigSource;
import dev.opsgrade.collect.traefik.TraefikMiddleware;
import dev.opsgrade.collect.traefik.TraefikRouter;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every route and middleware the evidence knows, from the API, the rules files and the compose
 * labels, merged by qualified name (the API's view wins where it has one), and the protection each
 * route really has.
 */
public final class RouteBook {
  private final Map<String, Route> routes;
  private final Map<String, Middleware> middlewares;
  private final boolean apiRead;

  private RouteBook(
      Map<String, Route> routes, Map<String, Middleware> middlewares, boolean apiRead) {
    this.routes = routes;
    this.middlewares = middlewares;
    this.apiRead = apiRead;
  }

  public static RouteBook of(Evidence evidence) {
    List<FactView<TraefikRouter>> routers = evidence.all(TraefikRouter.class);
    boolean apiRead =
        !evidence.all(dev.opsgrade.collect.traefik.TraefikOverview.class).isEmpty()
            || routers.stream().anyMatch(r -> r.data().source() == ConfigSource.API);
    Map<String, Route> routes = new LinkedHashMap<>();
    Map<String, Middleware> middlewares = new LinkedHashMap<>();
    routers.stream()
        .filter(r -> r.data().source() == ConfigSource.API)
        .forEach(r -> merge(routes, Routes.of(r, true, apiRead)));
    routers.stream()
        .filter(r -> r.data().source() == ConfigSource.FILE)
        .forEach(r -> merge(routes, Routes.of(r, false, apiRead)));
    for (FactView<ComposeService> service : ComposeEvidence.of(evidence).activeServices()) {
      LabelRoutes.of(service, apiRead).forEach(route -> merge(routes, route));
      LabelRoutes.middlewares(service.data()).forEach(m -> middlewares.putIfAbsent(m.name(), m));
    }
    List<FactView<TraefikMiddleware>> defined =
        new ArrayList<>(evidence.all(TraefikMiddleware.class));
    defined.sort((a, b) -> a.data().source().compareTo(b.data().source()));
    defined.forEach(m -> middlewares.putIfAbsent(m.data().name(), Routes.middleware(m.data())));
    return new RouteBook(routes, middlewares, apiRead);
  }

  private static void merge(Map<String, Route> routes, Route route) {
    Route known = routes.get(route.name());
    if (known == null) {
      routes.put(route.name(), route);
      return;
    }
    Set<String> sources = new java.util.LinkedHashSet<>(known.sources());
    sources.addAll(route.sources());
    List<String> evidence = new ArrayList<>(known.evidence());
    evidence.addAll(route.evidence());
    boolean fileLocation = route.location().file().isPresent() && known.location().file().isEmpty();
    routes.put(
        route.name(),
        new Route(
            known.name(),
            known.provider(),
            sources,
            known.rule(),
            known.hosts(),
            known.middlewares(),
            known.service(),
            fileLocation ? route.location() : known.location(),
            List.copyOf(evidence),
            known.running(),
            known.apiRead()));
  }

  public List<Route> routes() {
    return List.copyOf(routes.values());
  }

  public Optional<Route> route(String name) {
    return Optional.ofNullable(routes.get(name));
  }

  public boolean apiRead() {
    return apiRead;
  }

  /** The gates a route's middlewares put in front of it, through chains and providers. */
  public Protection protection(Route route) {
    List<Protection.Gate> gates = new ArrayList<>();
    List<String> unresolved = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    route.middlewares().forEach(m -> walk(m, gates, unresolved, seen));
    return new Protection(List.copyOf(gates), List.copyOf(unresolved));
  }

  private void walk(
      String reference, List<Protection.Gate> gates, List<String> unresolved, Set<String> seen) {
    if (!seen.add(reference)) {
      return;
    }
    Middleware middleware = middlewares.get(reference);
    if (middleware == null) {
      unresolved.add(reference);
      if (AuthMiddlewares.isAuth(reference, Map.of())) {
        gates.add(
            new Protection.Gate(Protection.BY_NAME, reference, "defined nowhere opsgrade read"));
      }
      return;
    }
    switch (middleware.type()) {
      case "chain" -> middleware.chain().forEach(c -> walk(c, gates, unresolved, seen));
      case "forwardauth" ->
          gates.add(
              new Protection.Gate(
                  "forwardAuth", reference, middleware.forwardAuthAddress().orElse("")));
      case "basicauth" -> gates.add(new Protection.Gate("basicAuth", reference, ""));
      case "digestauth" -> gates.add(new Protection.Gate("digestAuth", reference, ""));
      case "ipallowlist", "ipwhitelist" ->
          gates.add(
              new Protection.Gate(
                  "ipAllowList", reference, String.join(", ", middleware.allowedSources())));
      default -> {}
    }
  }

  /** HSTS seconds a route's headers middlewares set, through chains. */
  public Optional<Long> stsSeconds(Route route) {
    List<String> queue = new ArrayList<>(route.middlewares());
    Set<String> seen = new HashSet<>();
    while (!queue.isEmpty()) {
      Middleware m = middlewares.get(queue.removeFirst());
      if (m != null && seen.add(m.name())) {
        if (m.stsSeconds().isPresent()) {
          return m.stsSeconds();
        }
        queue.addAll(m.chain());
      }
    }
    return Optional.empty();
  }
}
