package dev.opsgrade.check.routes;

import dev.opsgrade.model.Location;
import java.util.List;
import java.util.Set;

/**
 * A proxy route as the checks see it, merged from every place it is declared: the running proxy's
 * API, the file-provider rules and the compose labels. {@code running}: the API lists it; {@code
 * apiRead}: the API was read at all (else nothing can be said about what the proxy loaded).
 * Middleware and service references are qualified ("authelia@file").
 */
public record Route(
    String name,
    String provider,
    Set<String> sources,
    String rule,
    List<String> hosts,
    List<String> middlewares,
    String service,
    Location location,
    List<String> evidence,
    boolean running,
    boolean apiRead) {

  /** "api", "file" or "compose labels", joined. */
  public String declaredIn() {
    return String.join(" and ", sources);
  }
}
