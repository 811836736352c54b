package dev.opsgrade.serve.web;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Logged-in sessions, in memory only: a random id (the cookie) maps to its CSRF token and the time
 * it expires. A session expires after {@code idle} without a request and after {@code absolute} in
 * any case; a restart logs everyone out.
 */
final class Sessions {
  static final String COOKIE = "opsgrade_session";

  /** One session: its CSRF token is sent with every form and compared on every POST. */
  record Session(String id, String csrfToken, Instant created, Instant lastSeen) {}

  private final Map<String, Session> sessions = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  private final Clock clock;
  private final Duration idle;
  private final Duration absolute;

  Sessions(Clock clock, Duration idle, Duration absolute) {
    this.clock = clock;
    this.idle = idle;
    this.absolute = absolute;
  }

  Session create() {
    Instant now = clock.instant();
    sessions.values().removeIf(s -> expired(s, now));
    Session session = new Session(token(), token(), now, now);
    sessions.put(session.id(), session);
    return session;
  }

  /** The live session of {@code id}, its idle time restarted; empty if unknown or expired. */
  Optional<Session> touch(String id) {
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session session = sessions.get(id);
    if (session == null) {
      return Optional.empty();
    }
    if (expired(session, now)) {
      sessions.remove(id);
      return Optional.empty();
    }
    Session touched = new Session(session.id(), session.csrfToken(), session.created(), now);
    sessions.put(id, touched);
    return Optional.of(touched);
  }

  void end(String id) {
    if (id != null) {
      sessions.remove(id);
    }
  }

  /**
   * The Set-Cookie value: HttpOnly, SameSite=Strict, for the whole site, no longer than a session
   * can live.
   */
  String cookie(Session session) {
    return COOKIE
        + "="
        + session.id()
        + "; Path=/; HttpOnly; SameSite=Strict; Max-Age="
        + absolute.toSeconds();
  }

  static String clearedCookie() {
    return COOKIE + "=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0";
  }

  private boolean expired(Session session, Instant now) {
    return !now.isBefore(session.lastSeen().plus(idle))
        || !now.isBefore(session.created().plus(absolute));
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }
}
