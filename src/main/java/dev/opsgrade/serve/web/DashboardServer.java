package dev.opsgrade.serve.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The web dashboard of `opsgrade serve`: server-rendered pages behind a login, health and readiness
 * probes, /metrics behind a bearer token, and SVG badges for public endpoints. Binds where {@code
 * serve.listen} says (127.0.0.1:8080 unless told otherwise).
 */
public final class DashboardServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DashboardServer.class);
  static final Duration SESSION_IDLE = Duration.ofMinutes(30);
  static final Duration SESSION_MAX = Duration.ofHours(12);
  static final int LOGIN_FAILURES = 5;
  static final Duration LOGIN_WINDOW = Duration.ofMinutes(5);

  private final Listen listen;
  private final Javalin app;

  public DashboardServer(DashboardSetup setup) {
    this.listen = Listen.parse(setup.listen());
    Sessions sessions = new Sessions(setup.clock(), SESSION_IDLE, SESSION_MAX);
    Access access = new Access(sessions);
    DashboardPages pages = new DashboardPages(setup);
    DashboardActions actions =
        new DashboardActions(
            setup, sessions, new LoginThrottle(setup.clock(), LOGIN_FAILURES, LOGIN_WINDOW), pages);
    PublicRoutes open = new PublicRoutes(setup, pages);
    this.app = Javalin.create(config -> configure(config, access, pages, actions, open));
  }

  private void configure(
      JavalinConfig config,
      Access access,
      DashboardPages pages,
      DashboardActions actions,
      PublicRoutes open) {
    config.startup.showJavalinBanner = false;
    config.startup.showOldJavalinVersionWarning = false;
    config.jetty.host = listen.host();
    config.jetty.port = listen.port();
    config.http.maxRequestSize = 64 * 1024;
    config.concurrency.useVirtualThreads = true;
    config.jetty.modifyServer(server -> server.setStopTimeout(2_000));
    var routes = config.routes;
    routes.before(Access::headers);
    routes.beforeMatched(access::check);
    open.register(routes);
    routes.get("/", pages::overview);
    routes.get("/services", pages::services);
    routes.get("/findings", pages::findings);
    routes.get("/claims", pages::claims);
    routes.get("/phases", pages::phases);
    routes.get("/reports", pages::reports);
    routes.get("/reports/<path>", pages::download);
    routes.get("/history", pages::history);
    routes.get("/login", actions::loginForm, Access.Role.ANYONE);
    routes.post("/login", actions::login, Access.Role.ANYONE);
    routes.post("/logout", actions::logout);
    routes.post("/assess", actions::assess);
    routes.post("/maintenance", actions::maintenance);
    routes.post("/phases/{phase}/signoff", actions::signoff);
    routes.error(404, "*", ctx -> ctx.contentType("text/plain").result(PublicRoutes.NOT_FOUND));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("dashboard: {} {} failed", ctx.method(), ctx.path(), e);
          ctx.status(HttpStatus.INTERNAL_SERVER_ERROR)
              .contentType("text/plain")
              .result("internal error: see the opsgrade log");
        });
  }

  public DashboardServer start() {
    app.start();
    LOG.info("dashboard listening on http://{}:{}/", listen.host(), app.port());
    return this;
  }

  /** The port bound (the chosen one when serve.listen gave port 0). */
  public int port() {
    return app.port();
  }

  public String host() {
    return listen.host();
  }

  @Override
  public void close() {
    app.stop();
  }
}
