package dev.opsgrade.model;

/**
 * A measured number (or word) that docs may claim, by a stable name: {@code containers.total},
 * {@code containers.running}, {@code containers.healthy}, {@code containers.unhealthy}, {@code
 * containers.host.<host>}, {@code compose.services.total}, {@code compose.services.host.<host>},
 * {@code prometheus.targets}, {@code prometheus.targets.up}, {@code grafana.dashboards}, {@code
 * traefik.routers}, {@code ansible.playbooks}, {@code docs.files}. Collectors add the ones they
 * measure; the claims check compares docs with them.
 */
@FactKind("measure")
public record Measurement(String name, String value, String measuredBy) {

  public static Measurement of(String name, long value, String measuredBy) {
    return new Measurement(name, Long.toString(value), measuredBy);
  }
}
