package dev.opsgrade.model.inventory;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How routes and endpoints are probed. {@code resolvers}: DNS servers ("10.0.0.2" or
 * "127.0.0.1:5353") asked for route hosts instead of the system resolver, so an estate whose names
 * live in a private zone is assessed as its users see it; empty means the system resolver. {@code
 * ca}: a PEM file of extra trust anchors (a private CA), added to the JDK's own.
 */
public record ProbeSpec(
    int samples, Duration timeout, List<String> resolvers, Optional<String> ca) {

  public ProbeSpec {
    resolvers = resolvers == null ? List.of() : List.copyOf(resolvers);
    ca = ca == null ? Optional.empty() : ca;
  }

  public ProbeSpec(int samples, Duration timeout) {
    this(samples, timeout, List.of(), Optional.empty());
  }
}
