package dev.opsgrade.collect.traefik;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Traefik docker-provider labels of one container, as plain strings: which routers use which
 * middlewares, and which middlewares the labels define (with their type). Traefik reads label keys
 * case-insensitively, so keys are compared in lower case.
 */
public final class TraefikLabels {
  private static final Pattern ROUTER_MIDDLEWARES =
      Pattern.compile("traefik\\.http\\.routers\\.([^.]+)\\.middlewares");
  private static final Pattern ROUTER_RULE =
      Pattern.compile("traefik\\.http\\.routers\\.([^.]+)\\.rule");
  private static final Pattern MIDDLEWARE_OPTION =
      Pattern.compile("traefik\\.http\\.middlewares\\.([^.]+)\\.([^.]+)(\\..*)?");

  /** A middleware defined in labels: its type ("forwardauth", "chain"...) and chained names. */
  public record Middleware(String type, List<String> chained) {}

  private TraefikLabels() {}

  /** Whether Traefik may route to the container: {@code traefik.enable=false} says it must not. */
  public static boolean enabled(Map<String, String> labels) {
    return labels.entrySet().stream()
        .noneMatch(
            e ->
                e.getKey().equalsIgnoreCase("traefik.enable")
                    && e.getValue().trim().equalsIgnoreCase("false"));
  }

  /** Router name -> the middleware references it lists ("authelia@docker"), in label order. */
  public static Map<String, List<String>> routerMiddlewares(Map<String, String> labels) {
    Map<String, List<String>> result = new TreeMap<>();
    labels.forEach(
        (key, value) -> {
          Matcher m = ROUTER_MIDDLEWARES.matcher(key.toLowerCase(Locale.ROOT));
          if (m.matches()) {
            result.put(m.group(1), names(value));
          }
        });
    return result;
  }

  /**
   * The HTTP routers these labels declare, named as the docker provider names them
   * ("grafana@docker"), with status "configured": whether the running proxy loaded them is for its
   * API to say. A router without a service label routes to {@code ownService}, the compose service
   * that carries the labels. TLS is on when the router has a tls label that is not "false" or any
   * tls.* option (certresolver, domains).
   */
  public static List<TraefikRouter> routers(Map<String, String> labels, String ownService) {
    List<TraefikRouter> result = new ArrayList<>();
    if (!enabled(labels)) {
      return result;
    }
    Map<String, String> lower = new TreeMap<>();
    labels.forEach((k, v) -> lower.put(k.toLowerCase(Locale.ROOT), v.trim()));
    Map<String, List<String>> middlewares = routerMiddlewares(labels);
    lower.forEach(
        (key, rule) -> {
          Matcher m = ROUTER_RULE.matcher(key);
          if (m.matches()) {
            String name = m.group(1);
            String prefix = "traefik.http.routers." + name + ".";
            TraefikRule.Parsed parsed = TraefikRule.parse(rule);
            result.add(
                new TraefikRouter(
                    name + "@docker",
                    "docker",
                    ConfigSource.LABELS,
                    rule,
                    parsed.alternatives(),
                    rule.isEmpty() ? Optional.of("no rule") : parsed.error(),
                    names(lower.getOrDefault(prefix + "entrypoints", "")),
                    tls(lower, prefix),
                    middlewares.getOrDefault(name, List.of()),
                    lower.getOrDefault(prefix + "service", ownService),
                    "configured",
                    List.of()));
          }
        });
    return result;
  }

  private static boolean tls(Map<String, String> lower, String prefix) {
    String tls = lower.get(prefix + "tls");
    return (tls != null && !tls.equalsIgnoreCase("false"))
        || lower.keySet().stream().anyMatch(k -> k.startsWith(prefix + "tls."));
  }

  /** Middleware name (lower case) -> its definition in these labels. */
  public static Map<String, Middleware> middlewares(Map<String, String> labels) {
    Map<String, Middleware> result = new LinkedHashMap<>();
    new TreeMap<>(labels)
        .forEach(
            (key, value) -> {
              Matcher m = MIDDLEWARE_OPTION.matcher(key.toLowerCase(Locale.ROOT));
              if (m.matches()) {
                String type = m.group(2);
                boolean chain = type.equals("chain") && ".middlewares".equals(m.group(3));
                Middleware known = result.get(m.group(1));
                List<String> chained =
                    chain ? names(value) : known == null ? List.of() : known.chained();
                result.put(m.group(1), new Middleware(type, chained));
              }
            });
    return result;
  }

  static List<String> names(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
