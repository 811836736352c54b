package dev.opsgrade.collect.traefik;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything read from Traefik in one collection: the API's view of the running proxy (when
 * configured and reachable), the rules directory's files and the routers in the compose files'
 * Traefik labels, with what went wrong reading each.
 */
public record TraefikReading(
    Optional<String> apiUrl,
    Optional<Api> api,
    List<Failure> apiFailures,
    Optional<RulesDirectory.Read> rules,
    Optional<String> rulesFailure,
    List<TraefikRouter> labelRouters) {

  /** What the API returned. */
  public record Api(
      String url,
      List<TraefikRouter> routers,
      List<TraefikService> services,
      List<TraefikMiddleware> middlewares,
      Optional<TraefikOverview> overview,
      List<TraefikEntrypoint> entrypoints) {}

  /** One API request that failed, with the URL in its detail. */
  public record Failure(String path, String detail, boolean timedOut) {}

  /**
   * The routers to probe: the API's when it answered, then every router of the rules files and the
   * compose labels that the API does not list (probing one shows what the running proxy does with a
   * route it did not load).
   */
  public List<TraefikRouter> routers() {
    Map<String, TraefikRouter> routers = new LinkedHashMap<>();
    api.ifPresent(a -> a.routers().forEach(r -> routers.put(r.name(), r)));
    configured().forEach(r -> routers.putIfAbsent(r.name(), r));
    return List.copyOf(routers.values());
  }

  /** The routers in configuration (rules files, then compose labels) that the API does not list. */
  public List<TraefikRouter> notLoaded() {
    if (api.isEmpty()) {
      return List.of();
    }
    Set<String> loaded = new HashSet<>();
    api.get().routers().forEach(r -> loaded.add(r.name()));
    return configured().stream().filter(r -> !loaded.contains(r.name())).toList();
  }

  private List<TraefikRouter> configured() {
    List<TraefikRouter> routers = new ArrayList<>();
    rules.ifPresent(r -> r.routers().forEach(e -> routers.add(e.record())));
    routers.addAll(labelRouters);
    return routers;
  }

  /** The API's services, then those of the rules files that it does not list. */
  public List<TraefikService> services() {
    Map<String, TraefikService> services = new LinkedHashMap<>();
    api.ifPresent(a -> a.services().forEach(s -> services.put(s.name(), s)));
    rules.ifPresent(
        r -> r.services().forEach(e -> services.putIfAbsent(e.record().name(), e.record())));
    return List.copyOf(services.values());
  }
}
