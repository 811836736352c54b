package dev.opsgrade.check.security;

import dev.opsgrade.collect.compose.ComposeService.PortBinding;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Which compose port entries publish something to the internet, described as written. */
final class ComposePorts {
  private static final Pattern SHORT_SYNTAX = Pattern.compile("[0-9a-fA-F.:\\[\\]-]+(/[a-z]+)?");

  /** A port entry that publishes to the internet, with how to bind it to loopback instead. */
  record Exposure(PortBinding port, String description, String fix) {
    /** Where anyone reaches the container directly: http://host:port or "a random port". */
    String directUrl(String host) {
      return port.hostPortStart()
          .map(p -> "http://" + host + ":" + p)
          .orElse("a random port of " + host);
    }
  }

  private ComposePorts() {}

  /**
   * The entry's exposure when it reaches the internet on a port the allowlist does not cover (pass
   * an empty allowlist to learn about any public port).
   */
  static Optional<Exposure> exposure(PortBinding port, Collection<Integer> allowed) {
    PortExposure.Reach reach = PortExposure.reach(port.hostIp());
    if (!reach.reachableFromInternet()) {
      return Optional.empty();
    }
    String where =
        reach == PortExposure.Reach.ALL_INTERFACES
            ? "on all interfaces"
            : "on public address " + port.hostIp();
    if (port.hostPortStart().isEmpty()) {
      String container = PortExposure.range(port.containerPortStart(), port.containerPortEnd());
      return Optional.of(
          exposure(port, "container port " + container + " on a random host port " + where));
    }
    int start = port.hostPortStart().get();
    int end = port.hostPortEnd().orElse(start);
    List<Integer> notAllowed = PortExposure.notAllowed(start, end, allowed);
    if (notAllowed.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(exposure(port, PortExposure.range(start, end) + " " + where));
  }

  static List<Exposure> exposures(List<PortBinding> ports, Collection<Integer> allowed) {
    return ports.stream().flatMap(p -> exposure(p, allowed).stream()).toList();
  }

  /** "\"3000:3000\" publishes 3000 on all interfaces; ..." */
  static String describe(List<Exposure> exposures) {
    return exposures.stream().map(Exposure::description).collect(Collectors.joining("; "));
  }

  static String fixes(List<Exposure> exposures) {
    return exposures.stream().map(Exposure::fix).collect(Collectors.joining("; "));
  }

  static String directUrls(List<Exposure> exposures, String host) {
    return exposures.stream().map(e -> e.directUrl(host)).collect(Collectors.joining(", "));
  }

  /** What to write instead: the short form bound to 127.0.0.1, or host_ip for the long form. */
  static String loopbackForm(PortBinding port) {
    if (!SHORT_SYNTAX.matcher(port.raw()).matches()) {
      return "add host_ip: 127.0.0.1 to the port at line " + port.line();
    }
    String host =
        port.hostPortStart()
            .map(s -> PortExposure.range(s, port.hostPortEnd().orElse(s)))
            .orElse("");
    String container = PortExposure.range(port.containerPortStart(), port.containerPortEnd());
    String protocol =
        port.protocol().isEmpty() || port.protocol().equals("tcp") ? "" : "/" + port.protocol();
    return "write \"127.0.0.1:"
        + host
        + ":"
        + container
        + protocol
        + "\" instead of \""
        + port.raw()
        + "\"";
  }

  private static Exposure exposure(PortBinding port, String what) {
    return new Exposure(port, "\"" + port.raw() + "\" publishes " + what, loopbackForm(port));
  }
}
