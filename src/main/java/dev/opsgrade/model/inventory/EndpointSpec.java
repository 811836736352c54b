package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.List;

public record EndpointSpec(String name, String url, Expect expect) {

  /** What a probe of the endpoint should see. {@code auth}: none, portal, basic or any. */
  public record Expect(List<Integer> status, Duration maxLatency, String auth) {}
}
