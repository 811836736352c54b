package dev.opsgrade.init;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The services init knows how to wire into the inventory, recognised by image (or name). */
enum Role {
  TRAEFIK("traefik", 8080, List.of("traefik")),
  AUTHELIA("authelia", 9091, List.of("authelia")),
  PROMETHEUS("prometheus", 9090, List.of("prometheus")),
  ALERTMANAGER("alertmanager", 9093, List.of("alertmanager")),
  GRAFANA("grafana", 3000, List.of("grafana", "grafana-oss", "grafana-enterprise")),
  LOKI("loki", 3100, List.of("loki"));

  private final String id;
  private final int port;
  private final List<String> images;

  Role(String id, int port, List<String> images) {
    this.id = id;
    this.port = port;
    this.images = images;
  }

  String id() {
    return id;
  }

  /** The port the service listens on inside its container, by default. */
  int port() {
    return port;
  }

  static Optional<Role> of(ServiceView service) {
    String image = imageName(service.image());
    String name = image.isEmpty() ? service.name().toLowerCase(Locale.ROOT) : image;
    return Arrays.stream(values()).filter(r -> r.images.contains(name)).findFirst();
  }

  /** "ghcr.io/prom/prometheus:v2.53@sha256:..." is "prometheus". */
  static String imageName(String image) {
    String name = image.toLowerCase(Locale.ROOT);
    int digest = name.indexOf('@');
    name = digest >= 0 ? name.substring(0, digest) : name;
    name = name.substring(name.lastIndexOf('/') + 1);
    int tag = name.indexOf(':');
    return tag >= 0 ? name.substring(0, tag) : name;
  }
}
