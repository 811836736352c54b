package dev.opsgrade.collect.traefik;

import java.util.List;
import java.util.Optional;

/**
 * Everything read from Traefik in one collection: the API's view of the running proxy (when
 * configured and reachable) and the rules directory's files, with what went wrong reading each.
 */
public record TraefikReading(
    Optional<String> apiUrl,
    Optional<Api> api,
    List<Failure> apiFailures,
    Optional<RulesDirectory.Read> rules,
    Optional<String> rulesFailure) {

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

  /** The routers to probe: the API's when it answered, else the rules files'. */
  public List<TraefikRouter> routers() {
    if (api.isPresent()) {
      return api.get().routers();
    }
    return rules
        .map(r -> r.routers().stream().map(RulesDirectory.Entry::record).toList())
        .orElse(List.of());
  }

  public List<TraefikService> services() {
    if (api.isPresent()) {
      return api.get().services();
    }
    return rules
        .map(r -> r.services().stream().map(RulesDirectory.Entry::record).toList())
        .orElse(List.of());
  }
}
