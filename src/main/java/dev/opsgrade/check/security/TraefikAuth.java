package dev.opsgrade.check.security;

import dev.opsgrade.check.routes.AuthMiddlewares;
import dev.opsgrade.collect.traefik.TraefikLabels;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Whether Traefik labels put a container behind authentication, from plain label maps, so compose
 * services and running containers are judged alike.
 */
public final class TraefikAuth {

  /** The first router of a container that applies an auth middleware. */
  public record Protection(String router, String middleware) {
    public String describe() {
      return "router \"" + router + "\" uses auth middleware " + middleware;
    }
  }

  private TraefikAuth() {}

  /** Docker-provider middlewares are shared by every container Traefik sees on a host. */
  public static Map<String, TraefikLabels.Middleware> definedAcross(
      Collection<Map<String, String>> labelSets) {
    Map<String, TraefikLabels.Middleware> result = new HashMap<>();
    labelSets.forEach(labels -> result.putAll(TraefikLabels.middlewares(labels)));
    return result;
  }

  /** Empty when Traefik may not route to the container or no router of it applies auth. */
  public static Optional<Protection> protection(
      Map<String, String> labels, Map<String, TraefikLabels.Middleware> defined) {
    if (!TraefikLabels.enabled(labels)) {
      return Optional.empty();
    }
    for (Map.Entry<String, List<String>> router :
        TraefikLabels.routerMiddlewares(labels).entrySet()) {
      for (String middleware : router.getValue()) {
        if (AuthMiddlewares.isAuth(middleware, defined)) {
          return Optional.of(new Protection(router.getKey(), middleware));
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The ports that are no way around the auth: for a Traefik container, its allowlisted entrypoints
   * (80, 443) are where the auth is enforced; for any other container, none.
   */
  public static Set<Integer> proxyEntrypoints(Optional<String> image, Set<Integer> allowed) {
    boolean proxy = image.map(i -> i.toLowerCase(Locale.ROOT).contains("traefik")).orElse(false);
    return proxy ? allowed : Set.of();
  }
}
