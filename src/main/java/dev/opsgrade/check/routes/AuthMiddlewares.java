package dev.opsgrade.check.routes;

import dev.opsgrade.collect.traefik.TraefikLabels;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a Traefik middleware reference puts a router behind authentication. A middleware defined
 * in docker labels is judged by its type (forwardAuth, basicAuth, digestAuth, or a chain holding
 * one); one defined elsewhere (@file, another provider) by its name (authelia, oauth, auth...).
 */
public final class AuthMiddlewares {
  private static final Set<String> AUTH_TYPES = Set.of("forwardauth", "basicauth", "digestauth");
  private static final List<String> AUTH_NAME_PARTS =
      List.of("auth", "sso", "oidc", "keycloak", "oauth");

  private AuthMiddlewares() {}

  /**
   * @param reference as a router lists it: "authelia", "authelia@docker", "chain-oauth@file"
   * @param defined middlewares defined in docker labels, by lower-case name
   */
  public static boolean isAuth(String reference, Map<String, TraefikLabels.Middleware> defined) {
    return isAuth(reference, defined, new HashSet<>());
  }

  /** The name without its provider suffix, in lower case: "authelia@file" -> "authelia". */
  public static String name(String reference) {
    String lower = reference.trim().toLowerCase(Locale.ROOT);
    int at = lower.indexOf('@');
    return at < 0 ? lower : lower.substring(0, at);
  }

  private static boolean isAuth(
      String reference, Map<String, TraefikLabels.Middleware> defined, Set<String> seen) {
    String name = name(reference);
    if (!seen.add(name)) {
      return false;
    }
    TraefikLabels.Middleware definition = defined.get(name);
    if (definition != null && fromDocker(reference)) {
      if (definition.type().equals("chain")) {
        return definition.chained().stream().anyMatch(m -> isAuth(m, defined, seen));
      }
      return AUTH_TYPES.contains(definition.type());
    }
    return AUTH_NAME_PARTS.stream().anyMatch(name::contains);
  }

  private static boolean fromDocker(String reference) {
    String lower = reference.toLowerCase(Locale.ROOT);
    return !lower.contains("@") || lower.endsWith("@docker");
  }
}
