package dev.opsgrade.serve;

import dev.opsgrade.model.inventory.EndpointSpec;
import java.net.URI;
import java.util.List;

/**
 * One thing probed on a schedule: a route through the proxy or an inventory endpoint. {@code group}
 * gathers monitors under one SLO (a route's service, or "endpoints"). A monitor marked {@code
 * publicBadge} has an SVG badge anyone may fetch.
 */
public record Monitor(
    String name, String group, URI url, List<Integer> expectedStatus, boolean publicBadge) {
  public Monitor {
    expectedStatus = List.copyOf(expectedStatus);
  }

  public Monitor(String name, URI url, List<Integer> expectedStatus, boolean publicBadge) {
    this(name, name, url, expectedStatus, publicBadge);
  }

  public static Monitor of(EndpointSpec endpoint) {
    return new Monitor(
        endpoint.name(),
        "endpoints",
        URI.create(endpoint.url()),
        endpoint.expect().status(),
        endpoint.publicBadge());
  }
}
