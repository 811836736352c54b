package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.model.inventory.EndpointSpec;
import dev.opsgrade.model.inventory.Inventory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the probing collectors (HTTP, TLS, DNS) reach: every host of every enabled router (from the
 * API when it answers, and from the rules files and compose labels, which add the routers the
 * running proxy did not load), the inventory's endpoints, and the servers behind each router's
 * service, which a request can reach without passing the router's middlewares. Collectors see no
 * facts, so each of them discovers the targets itself.
 */
public final class RouteTargets {

  /** A route host to probe through the proxy. */
  public record Target(
      String router, String host, String path, List<String> entrypoints, boolean https) {}

  /** A server behind a router's service, reached directly. */
  public record Direct(String router, String service, String url) {}

  public record Found(
      List<Target> routes,
      List<EndpointSpec> endpoints,
      List<Direct> direct,
      Map<String, Integer> entrypointPorts,
      String note) {

    /** Every host to look up: route hosts, then endpoint hosts. */
    public List<String> hosts() {
      Set<String> hosts = new LinkedHashSet<>();
      routes.forEach(t -> hosts.add(t.host()));
      endpoints.forEach(e -> urlHost(e.url()).ifPresent(hosts::add));
      return List.copyOf(hosts);
    }
  }

  private RouteTargets() {}

  /** Whether there is anything to probe: a proxy or an endpoint. */
  public static boolean anySource(Inventory inventory) {
    return TraefikReader.spec(inventory).isPresent() || !inventory.endpoints().isEmpty();
  }

  public static Found discover(Inventory inventory, CollectContext context) {
    return of(TraefikReader.read(inventory, context), inventory);
  }

  public static Found of(TraefikReading reading, Inventory inventory) {
    Map<String, Integer> ports = new LinkedHashMap<>();
    reading
        .api()
        .ifPresent(
            api -> api.entrypoints().forEach(e -> e.port().ifPresent(p -> ports.put(e.name(), p))));
    List<Target> routes = new ArrayList<>();
    List<Direct> direct = new ArrayList<>();
    Map<String, TraefikService> services = new LinkedHashMap<>();
    reading.services().forEach(s -> services.put(s.name(), s));
    for (TraefikRouter router : reading.routers()) {
      if (router.status().equalsIgnoreCase("disabled")) {
        continue;
      }
      boolean https = https(router, ports);
      for (String host : router.hosts()) {
        routes.add(
            new Target(
                router.name(),
                host,
                new TraefikRule.Parsed(router.targets(), router.ruleError()).pathFor(host),
                router.entrypoints(),
                https));
      }
      direct.addAll(servers(router, services));
    }
    return new Found(
        List.copyOf(routes),
        inventory.endpoints(),
        List.copyOf(direct),
        Map.copyOf(ports),
        note(reading));
  }

  /** Where the routes came from when not all from the API, and which ones it did not load. */
  private static String note(TraefikReading reading) {
    if (reading.api().isEmpty() && reading.apiUrl().isPresent()) {
      String why =
          reading.apiFailures().isEmpty() ? "no answer" : reading.apiFailures().getFirst().detail();
      return reading.routers().isEmpty()
          ? "; no routes: the API failed (" + why + ") and no rules file or compose label has one"
          : "; routes from the rules files and compose labels only: the API failed (" + why + ")";
    }
    List<String> notLoaded = reading.notLoaded().stream().map(TraefikRouter::name).toList();
    return notLoaded.isEmpty()
        ? ""
        : "; configured but not loaded by the running proxy: " + String.join(", ", notLoaded);
  }

  private static boolean https(TraefikRouter router, Map<String, Integer> ports) {
    if (router.tls()) {
      return true;
    }
    for (String entrypoint : router.entrypoints()) {
      String name = entrypoint.toLowerCase(Locale.ROOT);
      if (ports.getOrDefault(entrypoint, 0) == 443
          || name.contains("secure")
          || name.contains("https")) {
        return true;
      }
    }
    return false;
  }

  private static List<Direct> servers(TraefikRouter router, Map<String, TraefikService> services) {
    String serviceName = DynamicConfig.qualify(router.service(), router.provider());
    TraefikService service = services.get(serviceName);
    List<Direct> result = new ArrayList<>();
    if (service == null) {
      return result;
    }
    List<TraefikService> reached = new ArrayList<>(List.of(service));
    service.children().forEach(c -> Optional.ofNullable(services.get(c)).ifPresent(reached::add));
    for (TraefikService each : reached) {
      for (TraefikService.Server server : each.servers()) {
        if (urlHost(server.url()).isPresent()) {
          result.add(new Direct(router.name(), each.name(), server.url()));
        }
      }
    }
    return result;
  }

  /** The host of an http(s) URL, lower case, without brackets. */
  public static Optional<String> urlHost(String url) {
    return UrlParts.parse(url).map(UrlParts::host);
  }
}
