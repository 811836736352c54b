package dev.opsgrade.collect.traefik;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One AND of a rule's matchers, as far as probing cares: a host, a host pattern, a path. */
record Conjunction(Optional<String> host, Optional<String> hostRegexp, Optional<String> path) {
  static final Conjunction ANY =
      new Conjunction(Optional.empty(), Optional.empty(), Optional.empty());

  /** A matcher with several values matches any of them: one conjunction per value. */
  static List<Conjunction> of(String matcher, List<String> values) {
    if (!List.of("host", "hostregexp", "path", "pathprefix").contains(matcher)) {
      // Header(`X-Key`, `value`), Method, Query, ClientIP: their values are not alternatives of
      // host or path, and one request without them stands for the whole matcher
      return List.of(ANY);
    }
    List<Conjunction> result = new ArrayList<>();
    for (String value : values) {
      Conjunction one =
          switch (matcher) {
            case "host" ->
                new Conjunction(
                    Optional.of(value.toLowerCase(java.util.Locale.ROOT)),
                    Optional.empty(),
                    Optional.empty());
            case "hostregexp" ->
                new Conjunction(Optional.empty(), Optional.of(value), Optional.empty());
            case "path", "pathprefix" ->
                value.startsWith("/") && !value.contains("{")
                    ? new Conjunction(Optional.empty(), Optional.empty(), Optional.of(value))
                    : ANY;
            default -> ANY;
          };
      result.add(one);
    }
    return result.isEmpty() ? List.of(ANY) : result;
  }

  Conjunction with(Conjunction other) {
    return new Conjunction(
        host.or(other::host), hostRegexp.or(other::hostRegexp), path.or(other::path));
  }

  TraefikRule.Alternative alternative() {
    return new TraefikRule.Alternative(host, hostRegexp, path.orElse("/"));
  }
}
