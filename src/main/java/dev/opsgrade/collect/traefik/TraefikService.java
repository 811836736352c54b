package dev.opsgrade.collect.traefik;

import dev.opsgrade.model.FactKind;
import java.util.List;

/**
 * A service: its load-balanced servers with the status the proxy's health checks give them (UP,
 * DOWN, or "unknown" when read from a file), and the services it delegates to (weighted, mirroring,
 * failover).
 */
@FactKind("traefik.service")
public record TraefikService(
    String name,
    String provider,
    ConfigSource source,
    String type,
    String status,
    List<Server> servers,
    List<String> children,
    List<String> errors) {

  public record Server(String url, String status) {}

  public long serversUp() {
    return servers.stream().filter(s -> s.status().equalsIgnoreCase("UP")).count();
  }
}
