package dev.opsgrade.serve.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Who may reach what: routes marked {@link Role#ANYONE} are open (login, health, badges, metrics
 * with its own token, the stylesheet); every other needs a live session, and every POST behind the
 * login needs the session's CSRF token. Also sets the security headers on every answer.
 */
final class Access {
  /** The route role that opens a route to anonymous requests. */
  enum Role implements RouteRole {
    ANYONE
  }

  static final String SESSION = "opsgrade.session";

  /** No script anywhere; styles from this server (and the report's inline bar widths). */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:;"
          + " form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Sessions sessions;

  Access(Sessions sessions) {
    this.sessions = sessions;
  }

  static void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
  }

  /** Runs before every matched route: lets anonymous routes through, else checks the session. */
  void check(Context ctx) {
    if (ctx.routeRoles().contains(Role.ANYONE)) {
      return;
    }
    Optional<Sessions.Session> session = sessions.touch(ctx.cookie(Sessions.COOKIE));
    if (session.isEmpty()) {
      if (ctx.method() == HandlerType.GET) {
        ctx.redirect("/login", HttpStatus.SEE_OTHER);
      } else {
        ctx.status(HttpStatus.UNAUTHORIZED).result("log in first");
      }
      ctx.skipRemainingHandlers();
      return;
    }
    if (ctx.method() == HandlerType.POST && !csrfMatches(ctx, session.get())) {
      ctx.status(HttpStatus.FORBIDDEN)
          .result("the form's CSRF token is missing or wrong: reload the page and submit again");
      ctx.skipRemainingHandlers();
      return;
    }
    ctx.attribute(SESSION, session.get());
  }

  static Sessions.Session session(Context ctx) {
    Sessions.Session session = ctx.attribute(SESSION);
    if (session == null) {
      throw new IllegalStateException("route " + ctx.path() + " ran without the access check");
    }
    return session;
  }

  private static boolean csrfMatches(Context ctx, Sessions.Session session) {
    String given = ctx.formParam("csrf");
    return given != null && PasswordHash.constantTimeEquals(session.csrfToken(), given);
  }
}
