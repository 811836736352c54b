package dev.opsgrade.collect.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** An http(s) URL taken apart: scheme, host (no brackets), port (default filled in), path+query. */
public record UrlParts(String scheme, String host, int port, String path) {

  public static Optional<UrlParts> parse(String url) {
    try {
      URI uri = new URI(url.trim());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
        return Optional.empty();
      }
      int port = uri.getPort() > 0 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (uri.getRawQuery() != null) {
        path += "?" + uri.getRawQuery();
      }
      String host = uri.getHost().replace("[", "").replace("]", "").toLowerCase(Locale.ROOT);
      return Optional.of(new UrlParts(scheme, host, port, path));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  public boolean https() {
    return scheme.equals("https");
  }

  /** The same resource on this URL's origin, for a relative Location. */
  public Optional<UrlParts> resolve(String location) {
    try {
      URI base = new URI(scheme, null, host, port, "/", null, null);
      return parse(base.resolve(new URI(path)).resolve(location.trim()).toString());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String display() {
    boolean defaultPort = https() ? port == 443 : port == 80;
    String name = host.contains(":") ? "[" + host + "]" : host;
    return scheme + "://" + name + (defaultPort ? "" : ":" + port) + path;
  }
}
