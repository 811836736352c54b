package dev.opsgrade.collect.docker;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where a host's Docker Engine answers, parsed from {@code hosts[].docker}: {@code
 * unix:///var/run/docker.sock}, {@code tcp://host:2376} or {@code ssh://user@host[:port]}. An ssh
 * endpoint may name the remote socket as its path ({@code ssh://ops@h/run/user/1000/docker.sock}
 * for rootless Docker); without one it is {@code /var/run/docker.sock}.
 */
public record DockerEndpoint(
    Scheme scheme, String host, int port, Optional<String> user, String socketPath) {

  public static final String DEFAULT_REMOTE_SOCKET = "/var/run/docker.sock";

  public enum Scheme {
    UNIX,
    TCP,
    SSH
  }

  /** Parses the inventory value; the message of the exception says what is wrong with it. */
  public static DockerEndpoint parse(String value, boolean tls) {
    URI uri;
    try {
      uri = new URI(value.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + value + "' is not a URL: " + e.getReason());
    }
    String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
    return switch (scheme) {
      case "unix" -> unix(value, uri);
      case "tcp" -> remote(Scheme.TCP, value, uri, tls ? 2376 : 2375);
      case "ssh" -> remote(Scheme.SSH, value, uri, 22);
      default ->
          throw new IllegalArgumentException(
              "'"
                  + value
                  + "' is not unix://, tcp:// or ssh:// (the Docker endpoints opsgrade reads)");
    };
  }

  private static DockerEndpoint unix(String value, URI uri) {
    String path = Optional.ofNullable(uri.getPath()).orElse("");
    if (!path.startsWith("/") || uri.getHost() != null) {
      throw new IllegalArgumentException(
          "'" + value + "' names no absolute socket path (unix:///var/run/docker.sock)");
    }
    return new DockerEndpoint(Scheme.UNIX, "", -1, Optional.empty(), path);
  }

  private static DockerEndpoint remote(Scheme scheme, String value, URI uri, int defaultPort) {
    if (uri.getHost() == null || uri.getHost().isEmpty()) {
      throw new IllegalArgumentException("'" + value + "' names no host");
    }
    String path = Optional.ofNullable(uri.getPath()).orElse("");
    if (scheme == Scheme.TCP && !path.isEmpty() && !path.equals("/")) {
      throw new IllegalArgumentException("'" + value + "' has a path; tcp:// takes host:port only");
    }
    boolean hasSocket = scheme == Scheme.SSH && path.length() > 1;
    return new DockerEndpoint(
        scheme,
        uri.getHost(),
        uri.getPort() > 0 ? uri.getPort() : defaultPort,
        Optional.ofNullable(uri.getUserInfo()).filter(u -> !u.isEmpty()),
        hasSocket ? path : DEFAULT_REMOTE_SOCKET);
  }

  /** The endpoint as reports show it (no secret is ever part of it). */
  public String display() {
    return switch (scheme) {
      case UNIX -> "unix://" + socketPath;
      case TCP -> "tcp://" + host + ":" + port;
      case SSH ->
          "ssh://"
              + user.map(u -> u + "@").orElse("")
              + host
              + (port == 22 ? "" : ":" + port)
              + (socketPath.equals(DEFAULT_REMOTE_SOCKET) ? "" : socketPath);
    };
  }

  /** A request on this endpoint, as a location: the endpoint, then the API path. */
  public String urlOf(String apiPath) {
    return display() + (scheme == Scheme.UNIX ? ":" : "") + apiPath;
  }
}
