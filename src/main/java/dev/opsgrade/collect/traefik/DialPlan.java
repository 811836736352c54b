package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.net.Dial;
import dev.opsgrade.collect.net.HostResolver;
import dev.opsgrade.collect.net.Resolution;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a request for a route host goes. By default to the host itself, on its entrypoint's port
 * (443 for https, 80 for http, or the port the API gives the entrypoint). Where {@code
 * proxy.traefik.entrypoints} maps the entrypoint to an address, to that address, with the route's
 * host still in Host and SNI, as curl --resolve does.
 */
public final class DialPlan {
  private static final Pattern ADDRESS =
      Pattern.compile(
          "^(?:(https?)://)?(\\[[^]]+]|[^/:]+)(?::(\\d+))?/?$", Pattern.CASE_INSENSITIVE);

  private final Map<String, String> mapped;
  private final Map<String, Integer> apiPorts;
  private final HostResolver resolver;

  /** A dial, or the lookup that failed. */
  public record Planned(Optional<Dial> dial, Resolution resolution, String url) {}

  public DialPlan(
      Map<String, String> mapped, Map<String, Integer> apiPorts, HostResolver resolver) {
    this.mapped = Map.copyOf(mapped);
    this.apiPorts = Map.copyOf(apiPorts);
    this.resolver = resolver;
  }

  public HostResolver resolver() {
    return resolver;
  }

  /** A route host over https (websecure) or http (web), through the router's entrypoints. */
  public Planned route(String host, String path, boolean https, List<String> entrypoints) {
    String entrypoint = entrypoint(https, entrypoints);
    String url = (https ? "https://" : "http://") + host + path;
    Optional<String> address = Optional.ofNullable(mapped.get(entrypoint));
    if (address.isPresent()) {
      Matcher m = ADDRESS.matcher(address.get().trim());
      if (m.matches()) {
        String dialHost = m.group(2).replace("[", "").replace("]", "");
        int port = m.group(3) == null ? (https ? 443 : 80) : Integer.parseInt(m.group(3));
        Resolution resolution = resolver.resolve(dialHost);
        return planned(host, https ? 443 : 80, port, https, resolution, url);
      }
    }
    int port = apiPorts.getOrDefault(entrypoint, https ? 443 : 80);
    String shown =
        port == (https ? 443 : 80)
            ? url
            : (https ? "https://" : "http://") + host + ":" + port + path;
    return planned(host, port, port, https, resolver.resolve(host), shown);
  }

  /** A URL as written (an endpoint, a backend server): its own host and port. */
  public Planned url(String host, int port, boolean https, String url) {
    return planned(host, port, port, https, resolver.resolve(host), url);
  }

  private Planned planned(
      String host, int urlPort, int port, boolean https, Resolution resolution, String url) {
    if (!resolution.resolved()) {
      return new Planned(Optional.empty(), resolution, url);
    }
    InetSocketAddress address = new InetSocketAddress(resolution.addresses().getFirst(), port);
    return new Planned(Optional.of(new Dial(host, urlPort, address, https)), resolution, url);
  }

  /** The router's entrypoint for the scheme; with none listed, Traefik's usual names. */
  private String entrypoint(boolean https, List<String> entrypoints) {
    for (String name : entrypoints) {
      if (https == secure(name) && (mapped.containsKey(name) || apiPorts.containsKey(name))) {
        return name;
      }
    }
    for (String name : entrypoints) {
      if (https == secure(name)) {
        return name;
      }
    }
    for (String name : mapped.keySet()) {
      if (https == mapped.get(name).toLowerCase(Locale.ROOT).startsWith("https")) {
        return name;
      }
    }
    return https ? "websecure" : "web";
  }

  private boolean secure(String entrypoint) {
    String name = entrypoint.toLowerCase(Locale.ROOT);
    String target = mapped.getOrDefault(entrypoint, "").toLowerCase(Locale.ROOT);
    return name.contains("secure")
        || name.contains("https")
        || target.startsWith("https")
        || apiPorts.getOrDefault(entrypoint, 0) == 443;
  }
}
