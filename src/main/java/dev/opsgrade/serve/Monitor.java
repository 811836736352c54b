package dev.opsgrade.serve;

import dev.opsgrade.model.inventory.EndpointSpec;
import java.net.URI;
import java.util.List;

/**
 * One thing probed on a schedule: an inventory endpoint (later also each route). A monitor marked
 * {@code publicBadge} has an SVG badge anyone may fetch.
 */
public record Monitor(String name, URI url, List<Integer> expectedStatus, boolean publicBadge) {
  public Monitor {
    expectedStatus = List.copyOf(expectedStatus);
  }

  public static Monitor of(EndpointSpec endpoint) {
    return new Monitor(
        endpoint.name(),
        URI.create(endpoint.url()),
        endpoint.expect().status(),
        endpoint.publicBadge());
  }
}
