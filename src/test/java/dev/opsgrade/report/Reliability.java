package dev.opsgrade.report;

import static dev.opsgrade.model.Location.file;

import dev.opsgrade.score.EstateBuilder;

/** Container health, healthchecks, restarts and limits of the sample estate. */
final class Reliability {
  private static final String MASTER = "stacks/master/docker-compose.yml";
  private static final String LADY = "stacks/lady/docker-compose.yml";

  private Reliability() {}

  static void week1(EstateBuilder estate) {
    common(estate);
    estate
        .fail(
            "rel.healthcheck",
            "lady/gotify",
            "no healthcheck in the compose file or the image",
            file(LADY, 31),
            "Add a healthcheck: wget -qO- http://localhost:80/health")
        .fail(
            "rel.healthcheck",
            "lady/wiki",
            "no healthcheck in the compose file or the image",
            file(LADY, 88),
            "Add a healthcheck that requests /healthz")
        .warn(
            "rel.memory-limit",
            "master/grafana",
            "no memory limit; uses 612 MiB of 8 GiB",
            file(MASTER, 86))
        .fail(
            "rel.declared-running",
            "lady/wiki",
            "declared but exited (137) 2 days ago",
            file(LADY, 88),
            "docker compose -f stacks/lady/docker-compose.yml up -d wiki, then find why it was killed");
  }

  static void week4(EstateBuilder estate) {
    common(estate);
    estate
        .pass("rel.healthcheck", "lady/gotify", "healthcheck defined", file(LADY, 31))
        .pass("rel.healthcheck", "lady/wiki", "healthcheck defined", file(LADY, 88))
        .warn(
            "rel.memory-limit",
            "master/grafana",
            "no memory limit; uses 540 MiB of 8 GiB",
            file(MASTER, 86))
        .pass("rel.declared-running", "lady/wiki", "running for 9 days", file(LADY, 88));
  }

  private static void common(EstateBuilder estate) {
    estate
        .pass(
            "rel.unhealthy",
            "master",
            "25 of 25 containers healthy or without healthcheck",
            file(MASTER, 1))
        .pass(
            "rel.unhealthy",
            "lady",
            "37 of 37 containers healthy or without healthcheck",
            file(LADY, 1))
        .pass("rel.healthcheck", "master/authelia", "healthcheck defined", file(MASTER, 40))
        .pass("rel.healthcheck", "master/grafana", "healthcheck defined", file(MASTER, 86))
        .pass(
            "rel.restart-policy",
            "master",
            "every service restarts unless-stopped",
            file(MASTER, 1))
        .pass("rel.restart-policy", "lady", "every service restarts unless-stopped", file(LADY, 1))
        .pass(
            "rel.restart-loop",
            "master",
            "no container restarted more than twice in 24 h",
            file(MASTER, 1))
        .pass(
            "rel.restart-loop",
            "lady",
            "no container restarted more than twice in 24 h",
            file(LADY, 1))
        .pass("rel.memory-limit", "lady/nextcloud", "limit 2 GiB", file(LADY, 118))
        .pass("rel.oom", "master", "no OOM kill in 24 h", file(MASTER, 1))
        .notApplicable("rel.oom", "lady", "the engine on lady reports no OOM events (cgroup v1)")
        .pass(
            "rel.declared-running",
            "master",
            "25 of 25 declared containers running",
            file(MASTER, 1));
  }
}
