package dev.opsgrade.serve.notify;

import java.time.Instant;

/**
 * One thing to tell: a route (or endpoint, or SLO) went down or came back. {@code name} is the
 * alert's kind ("ProbeFailing", "SloFastBurn"), {@code subject} what it is about, {@code cause} the
 * failure class ("timeout", "status 5xx"), {@code since} when the failing began, {@code at} when
 * this was decided.
 */
public record Alert(
    String name,
    State state,
    String subject,
    String group,
    String url,
    String cause,
    Instant since,
    Instant at,
    String detail) {
  public enum State {
    FIRING,
    RESOLVED;

    public String word() {
      return this == FIRING ? "DOWN" : "UP";
    }
  }

  /** The identity of an alert across its firing and its resolution. */
  public String key() {
    return name + "\u0000" + subject;
  }
}
