package dev.opsgrade.model.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.util.List;

/**
 * A URL probed besides the proxy's routes. {@code publicBadge} ({@code public: true}): `opsgrade
 * serve` shows its status as an SVG badge that needs no login.
 */
public record EndpointSpec(
    String name,
    String url,
    Expect expect,
    // Left out of evidence bundles while false, so bundles from before the flag stay identical.
    @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean publicBadge) {

  public EndpointSpec(String name, String url, Expect expect) {
    this(name, url, expect, false);
  }

  /** What a probe of the endpoint should see. {@code auth}: none, portal, basic or any. */
  public record Expect(List<Integer> status, Duration maxLatency, String auth) {}
}
