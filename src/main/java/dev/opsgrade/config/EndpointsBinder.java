package dev.opsgrade.config;

import dev.opsgrade.model.inventory.EndpointSpec;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** {@code endpoints:} URLs probed besides the routes found in the proxy. */
final class EndpointsBinder {
  private EndpointsBinder() {}

  static List<EndpointSpec> bind(YamlMap root) {
    List<EndpointSpec> endpoints = new ArrayList<>();
    Unique names = new Unique("endpoint name");
    for (YamlMap endpoint : root.maps("endpoints")) {
      endpoint.allowKeys("name", "url", "expect", "public");
      String name = names.check(endpoint, "name").orElse("");
      String url = endpoint.required("url", Formats.HTTP_URL_TYPE).orElse("");
      EndpointSpec.Expect expect =
          endpoint
              .map("expect", EndpointsBinder::expect)
              .orElse(InventoryDefaults.endpointExpect());
      boolean publicBadge = endpoint.get("public", Types.BOOLEAN, false);
      endpoints.add(new EndpointSpec(name, url, expect, publicBadge));
    }
    return List.copyOf(endpoints);
  }

  private static EndpointSpec.Expect expect(YamlMap expect) {
    expect.allowKeys("status", "max_latency", "auth");
    List<Integer> status = InventoryDefaults.ENDPOINT_STATUS;
    if (expect.has("status")) {
      status = expect.list("status", Types.range(100, 599));
      YamlNode node = expect.get("status").orElseThrow();
      if (node.node() instanceof SequenceNode list && list.getValue().isEmpty()) {
        node.problem("list at least one expected status");
      }
    }
    return new EndpointSpec.Expect(
        status,
        expect.get("max_latency", Formats.DURATION_TYPE, InventoryDefaults.ENDPOINT_MAX_LATENCY),
        expect.get(
            "auth",
            Types.oneOf(InventoryDefaults.ENDPOINT_AUTH_KINDS),
            InventoryDefaults.ENDPOINT_AUTH));
  }
}
