package dev.opsgrade.report;

import static dev.opsgrade.model.Location.url;

import dev.opsgrade.score.EstateBuilder;

/** Route probes, TLS, DNS, backends and uptime of the sample estate. */
final class Availability {
  private static final String[] ROUTES = {
    "https://auth.example.net", "https://grafana.example.net", "https://cloud.example.net",
    "https://vault.example.net", "https://gotify.example.net", "https://traefik.example.net"
  };

  private Availability() {}

  static void week1(EstateBuilder estate) {
    common(estate);
    estate
        .fail(
            "avail.route-status",
            "https://wiki.example.net",
            "502 Bad Gateway in 31 ms: the backend lady/wiki is not running",
            url("https://wiki.example.net"),
            "Start lady/wiki (exited 137 on 2026-11-11) and re-run the probe")
        .unverified("avail.uptime", "homelab", "no probe history (run opsgrade serve)");
  }

  static void wikiBack(EstateBuilder estate) {
    estate
        .without("avail.route-status", "https://wiki.example.net")
        .pass(
            "avail.route-status",
            "https://wiki.example.net",
            "200 in 188 ms",
            url("https://wiki.example.net"));
  }

  static void week4(EstateBuilder estate) {
    common(estate);
    estate
        .pass(
            "avail.route-status",
            "https://wiki.example.net",
            "200 in 171 ms",
            url("https://wiki.example.net"))
        .pass(
            "avail.uptime",
            "homelab",
            "99.96% over 14 days (SLO 99.9%)",
            url("https://auth.example.net"));
  }

  private static void common(EstateBuilder estate) {
    for (String route : ROUTES) {
      boolean protectedRoute = !route.contains("auth.") && !route.contains("cloud.");
      estate.pass(
          "avail.route-status",
          route,
          protectedRoute ? "302 to the auth portal in 64 ms (protected)" : "200 in 142 ms",
          url(route));
      estate.pass("avail.tls", route, "certificate valid, 61 days left", url(route));
      estate.pass("avail.dns", route.substring(8), "A 203.0.113.10", url(route));
    }
    estate
        .warn(
            "avail.latency",
            "https://cloud.example.net",
            "p95 1.84 s over 3 samples, close to the 2 s budget",
            url("https://cloud.example.net"))
        .pass(
            "avail.latency",
            "https://auth.example.net",
            "p95 0.21 s",
            url("https://auth.example.net"))
        .pass(
            "avail.backends",
            "nextcloud@docker",
            "1 of 1 servers UP",
            url("https://traefik.example.net/api/http/services"))
        .pass(
            "avail.backends",
            "grafana@docker",
            "1 of 1 servers UP",
            url("https://traefik.example.net/api/http/services"));
  }
}
