package dev.opsgrade.collect.compose;

import dev.opsgrade.collect.compose.ComposeService.PortBinding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Service {@code ports} as Docker reads them. Short syntax {@code [[ip:]host:]container[/proto]}
 * where the IP may be IPv4, bracketed IPv6 ({@code [::]:9000:9000}) or bare IPv6 ({@code
 * ::1:5000:5000}), ports may be ranges; long syntax {@code target, published, host_ip, protocol,
 * mode}. No host port means Docker picks a random one, on all interfaces unless an IP is given.
 */
final class Ports {
  private static final Set<String> PROTOCOLS = Set.of("tcp", "udp", "sctp");
  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%\\w+)?");

  private Ports() {}

  record Range(int start, int end) {}

  static List<PortBinding> read(YamlNode node) {
    List<PortBinding> ports = new ArrayList<>();
    for (YamlNode item : YamlNode.items(node)) {
      ports.add(item instanceof YamlNode.Mapping m ? longSyntax(m) : shortSyntax(item));
    }
    return List.copyOf(ports);
  }

  static PortBinding shortSyntax(YamlNode item) {
    String raw = YamlNode.expectText(item, "a port").strip();
    String spec = raw;
    String protocol = "tcp";
    int slash = spec.lastIndexOf('/');
    if (slash >= 0) {
      protocol = protocol(spec.substring(slash + 1), item);
      spec = spec.substring(0, slash);
    }
    String[] parts = spec.split(":", -1);
    int n = parts.length;
    String container = parts[n - 1];
    String host = n >= 2 ? parts[n - 2] : "";
    String ip = n >= 3 ? String.join(":", List.of(parts).subList(0, n - 2)) : "";
    return binding(ip, host, container, protocol, raw, item);
  }

  private static PortBinding longSyntax(YamlNode.Mapping m) {
    String target =
        m.text("target")
            .orElseThrow(() -> new ComposeException(m.at(), "a long-syntax port needs a target"));
    String published = m.text("published").orElse("");
    String ip = m.text("host_ip").orElse("");
    String protocol = protocol(m.text("protocol").orElse("tcp"), m);
    String raw =
        (ip.isEmpty() ? "" : (ip.contains(":") ? "[" + ip + "]" : ip) + ":")
            + (published.isEmpty() ? "" : published + ":")
            + target
            + "/"
            + protocol
            + m.text("mode").map(mode -> " (mode " + mode + ")").orElse("");
    return binding(ip, published, target, protocol, raw, m);
  }

  private static PortBinding binding(
      String ip, String host, String container, String protocol, String raw, YamlNode at) {
    String bareIp = ip.startsWith("[") && ip.endsWith("]") ? ip.substring(1, ip.length() - 1) : ip;
    if (!bareIp.isEmpty() && !IPV4.matcher(bareIp).matches() && !IPV6.matcher(bareIp).matches()) {
      throw new ComposeException(at.at(), "invalid IP address in port '" + raw + "'");
    }
    Range target = range(container, raw, at);
    Optional<Range> published =
        host.isEmpty() ? Optional.empty() : Optional.of(range(host, raw, at));
    if (published.isPresent()
        && target.end() - target.start() != published.get().end() - published.get().start()
        && target.start() != target.end()) {
      throw new ComposeException(at.at(), "port ranges of different sizes in '" + raw + "'");
    }
    return new PortBinding(
        bareIp,
        published.map(Range::start),
        published.map(Range::end),
        target.start(),
        target.end(),
        protocol,
        raw,
        at.at().line(),
        published.isEmpty());
  }

  private static Range range(String text, String raw, YamlNode at) {
    String[] ends = text.strip().split("-", -1);
    if (ends.length > 2) {
      throw new ComposeException(at.at(), "invalid port range in '" + raw + "'");
    }
    int start = port(ends[0], raw, at);
    int end = ends.length == 2 ? port(ends[1], raw, at) : start;
    if (end < start) {
      throw new ComposeException(at.at(), "invalid port range in '" + raw + "'");
    }
    return new Range(start, end);
  }

  private static int port(String text, String raw, YamlNode at) {
    try {
      int port = Integer.parseInt(text.strip());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below, with the port as written
    }
    throw new ComposeException(at.at(), "invalid port '" + raw + "'");
  }

  private static String protocol(String text, YamlNode at) {
    String protocol = text.strip().toLowerCase(Locale.ROOT);
    if (!PROTOCOLS.contains(protocol)) {
      throw new ComposeException(at.at(), "invalid protocol '" + text + "' (tcp, udp or sctp)");
    }
    return protocol;
  }
}
