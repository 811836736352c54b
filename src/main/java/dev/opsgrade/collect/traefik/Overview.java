package dev.opsgrade.collect.traefik;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** GET /api/overview into a {@link TraefikOverview}. */
final class Overview {
  private Overview() {}

  static TraefikOverview of(JsonNode node) {
    JsonNode http = Nodes.field(node, "http");
    return new TraefikOverview(
        counts(Nodes.field(http, "routers")),
        counts(Nodes.field(http, "services")),
        counts(Nodes.field(http, "middlewares")),
        List.copyOf(Nodes.strings(node, "providers")));
  }

  private static TraefikOverview.Counts counts(JsonNode node) {
    return new TraefikOverview.Counts(
        Nodes.field(node, "total").asInt(0),
        Nodes.field(node, "warnings").asInt(0),
        Nodes.field(node, "errors").asInt(0));
  }
}
