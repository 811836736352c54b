package dev.opsgrade.serve.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/**
 * The routes open without login: health, readiness, the stylesheet, /metrics (its bearer token
 * checked here) and the badges of endpoints marked public. An unknown or non-public badge gets
 * exactly the 404 any missing page gets, so badges cannot be used to list the services.
 */
final class PublicRoutes {
  static final String NOT_FOUND = "not found";
  private static final String SVG = ".svg";

  private final DashboardSetup setup;
  private final DashboardPages pages;
  private final DashboardMetrics metrics;

  PublicRoutes(DashboardSetup setup, DashboardPages pages) {
    this.setup = setup;
    this.pages = pages;
    this.metrics =
        new DashboardMetrics(
            setup.inventory().name(), () -> new MetricsScrape(pages.latest(), pages.rows()));
  }

  void register(RoutesConfig routes) {
    routes.get("/healthz", ctx -> ctx.contentType("text/plain").result("ok"), Access.Role.ANYONE);
    routes.get("/readyz", this::ready, Access.Role.ANYONE);
    routes.get("/metrics", this::metrics, Access.Role.ANYONE);
    routes.get("/badge/{file}", this::badge, Access.Role.ANYONE);
    routes.get(Layout.STYLESHEET, this::stylesheet, Access.Role.ANYONE);
  }

  static void notFound(Context ctx) {
    ctx.status(HttpStatus.NOT_FOUND).contentType("text/plain").result(NOT_FOUND);
  }

  private void ready(Context ctx) {
    boolean ready = setup.status().ready();
    ctx.status(ready ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
        .contentType("text/plain")
        .result(ready ? "ready" : "not ready");
  }

  private void metrics(Context ctx) {
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    String token = header.startsWith("Bearer ") ? header.substring(7) : "";
    if (!setup.secrets().metricsTokenMatches(token)) {
      ctx.status(HttpStatus.UNAUTHORIZED)
          .header("WWW-Authenticate", "Bearer realm=\"opsgrade metrics\"")
          .contentType("text/plain")
          .result("unauthorized");
      return;
    }
    ctx.contentType(DashboardMetrics.CONTENT_TYPE).result(metrics.scrape());
  }

  private void badge(Context ctx) {
    String file = ctx.pathParam("file");
    String name = file.endsWith(SVG) ? file.substring(0, file.length() - SVG.length()) : "";
    if (!pages.serviceRows().publicBadges().contains(name)) {
      notFound(ctx);
      return;
    }
    ServiceRow row =
        pages
            .serviceRows()
            .row(name, true, setup.clock().instant(), setup.status().maintenanceWindows());
    boolean upNow = row.last().map(p -> p.ok()).orElse(false);
    ctx.contentType("image/svg+xml")
        .header("Cache-Control", "no-cache, max-age=60")
        .result(BadgeSvg.render(name, row.month(), upNow));
  }

  private void stylesheet(Context ctx) {
    ctx.contentType("text/css; charset=utf-8")
        .header("Cache-Control", "max-age=3600")
        .result(Layout.CSS);
  }
}
