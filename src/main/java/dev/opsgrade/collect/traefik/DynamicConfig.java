package dev.opsgrade.collect.traefik;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Turns one router, middleware or service of Traefik's dynamic configuration into a fact record.
 * The same shapes come from the API (with name, provider, type and status) and from the file
 * provider (bare options), so one reading serves both.
 */
final class DynamicConfig {
  private static final Set<String> NOT_A_TYPE =
      Set.of("name", "provider", "type", "status", "usedby", "error", "errors", "serverstatus");

  private DynamicConfig() {}

  /** "auth" in provider "docker" -> "auth@docker"; a qualified reference stays as it is. */
  static String qualify(String reference, String provider) {
    return reference.contains("@") ? reference : reference + "@" + provider;
  }

  static String providerOf(String qualified, String fallback) {
    int at = qualified.lastIndexOf('@');
    return at < 0 ? fallback : qualified.substring(at + 1);
  }

  static TraefikRouter router(String name, String provider, ConfigSource source, JsonNode node) {
    String rule = Nodes.text(node, "rule", "");
    TraefikRule.Parsed parsed = TraefikRule.parse(rule);
    boolean tls = !Nodes.field(node, "tls").isMissingNode() && !Nodes.field(node, "tls").isNull();
    return new TraefikRouter(
        qualify(name, provider),
        provider,
        source,
        rule,
        parsed.alternatives(),
        rule.isEmpty() ? Optional.of("no rule") : parsed.error(),
        Nodes.strings(node, "entryPoints"),
        tls,
        Nodes.strings(node, "middlewares"),
        Nodes.text(node, "service", ""),
        Nodes.text(node, "status", source == ConfigSource.FILE ? "configured" : "unknown"),
        errors(node));
  }

  static TraefikMiddleware middleware(
      String name, String provider, ConfigSource source, JsonNode node) {
    String type = Nodes.text(node, "type").orElse(typeKey(node).orElse("unknown"));
    JsonNode options = options(node, type);
    return new TraefikMiddleware(
        qualify(name, provider),
        provider,
        source,
        Nodes.lower(type),
        Nodes.text(node, "status", source == ConfigSource.FILE ? "configured" : "unknown"),
        Nodes.strings(options, "middlewares"),
        Nodes.text(options, "address").map(DynamicConfig::withoutSecrets),
        Nodes.strings(options, "sourceRange"),
        Nodes.text(options, "scheme"),
        Nodes.text(options, "stsSeconds").flatMap(DynamicConfig::number),
        errors(node));
  }

  static TraefikService service(String name, String provider, ConfigSource source, JsonNode node) {
    String type = Nodes.text(node, "type").orElse(typeKey(node).orElse("unknown"));
    JsonNode options = options(node, type);
    Map<String, String> status = new java.util.LinkedHashMap<>();
    Nodes.field(node, "serverStatus")
        .properties()
        .forEach(e -> status.put(e.getKey(), e.getValue().asString()));
    List<TraefikService.Server> servers = new ArrayList<>();
    for (JsonNode server : Nodes.field(options, "servers").values()) {
      String url = Nodes.text(server, "url").orElse(Nodes.text(server, "address", ""));
      servers.add(
          new TraefikService.Server(
              url, status.getOrDefault(url, source == ConfigSource.API ? "DOWN" : "unknown")));
    }
    List<String> children = new ArrayList<>();
    Nodes.field(options, "services")
        .values()
        .forEach(s -> Nodes.text(s, "name").ifPresent(children::add));
    Nodes.text(options, "service").ifPresent(children::add);
    Nodes.field(options, "mirrors")
        .values()
        .forEach(s -> Nodes.text(s, "name").ifPresent(children::add));
    Nodes.text(options, "fallback").ifPresent(children::add);
    return new TraefikService(
        qualify(name, provider),
        provider,
        source,
        Nodes.lower(type),
        Nodes.text(node, "status", source == ConfigSource.FILE ? "configured" : "unknown"),
        List.copyOf(servers),
        children.stream().map(c -> qualify(c, provider)).toList(),
        errors(node));
  }

  /** The options object: the key named like the type ("basicAuth" for basicauth). */
  private static JsonNode options(JsonNode node, String type) {
    return Nodes.field(node, type);
  }

  private static Optional<String> typeKey(JsonNode node) {
    return node.propertyNames().stream()
        .filter(k -> !NOT_A_TYPE.contains(Nodes.lower(k)))
        .filter(k -> Nodes.field(node, k).isObject())
        .findFirst();
  }

  private static List<String> errors(JsonNode node) {
    List<String> errors = new ArrayList<>(Nodes.strings(node, "error"));
    errors.addAll(Nodes.strings(node, "errors"));
    return List.copyOf(errors);
  }

  private static Optional<Long> number(String text) {
    try {
      return Optional.of(Long.parseLong(text.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** A forwardAuth address without user info or query, which may carry a token. */
  static String withoutSecrets(String address) {
    String noQuery = address.replaceAll("[?#].*$", "");
    return noQuery.replaceAll("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@]*@", "$1");
  }
}
