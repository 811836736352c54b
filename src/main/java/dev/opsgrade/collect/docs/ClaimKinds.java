package dev.opsgrade.collect.docs;

import java.util.List;

/**
 * The built-in kinds of claim the docs are read for. A kind names a family of measurements: {@code
 * prometheus.targets} claims are about {@code prometheus.targets} or {@code prometheus.targets.up},
 * {@code containers.host} claims about {@code containers.host.<host>}. Users add kinds of their own
 * with docs.claims patterns; such a kind is the fact it names.
 */
public final class ClaimKinds {
  public static final String CONTAINERS_TOTAL = "containers.total";
  public static final String CONTAINERS_RUNNING = "containers.running";
  public static final String CONTAINERS_HOST = "containers.host";
  public static final String CONTAINERS_HEALTHY = "containers.healthy";
  public static final String CONTAINERS_UNHEALTHY = "containers.unhealthy";
  public static final String GRADE_LETTER = "grade.letter";
  public static final String GRADE_SCORE = "grade.score";
  public static final String GRAFANA_DASHBOARDS = "grafana.dashboards";
  public static final String PROMETHEUS_TARGETS = "prometheus.targets";
  public static final String PROMETHEUS_TARGETS_UP = "prometheus.targets.up";
  public static final String TRAEFIK_ROUTERS = "traefik.routers";
  public static final String ANSIBLE_PLAYBOOKS = "ansible.playbooks";
  public static final String DOCS_FILES = "docs.files";

  public static final List<String> BUILT_IN =
      List.of(
          CONTAINERS_TOTAL,
          CONTAINERS_RUNNING,
          CONTAINERS_HOST,
          CONTAINERS_HEALTHY,
          CONTAINERS_UNHEALTHY,
          GRADE_LETTER,
          GRADE_SCORE,
          GRAFANA_DASHBOARDS,
          PROMETHEUS_TARGETS,
          TRAEFIK_ROUTERS,
          ANSIBLE_PLAYBOOKS,
          DOCS_FILES);

  private ClaimKinds() {}

  /** The measurement a per-host container claim is compared with. */
  public static String hostFact(String host) {
    return "containers.host." + host;
  }
}
