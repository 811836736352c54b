package dev.opsgrade.collect.net;

import java.time.Duration;

/**
 * Bounds of one request: the time to get a TCP connection, the deadline of the whole exchange
 * (connect, TLS, request, headers and body), how much of the body is kept for inspection and how
 * much is read at all before the answer counts as too large.
 */
public record Limits(Duration connect, Duration deadline, int keepBytes, long maxBodyBytes) {
  public static final int KEEP = 64 * 1024;
  public static final long MAX_BODY = 1024 * 1024;

  public static Limits within(Duration deadline) {
    return new Limits(deadline, deadline, KEEP, MAX_BODY);
  }

  /** For APIs whose whole JSON body is needed. */
  public static Limits api(Duration deadline, long maxBody) {
    return new Limits(deadline, deadline, (int) Math.min(Integer.MAX_VALUE - 8, maxBody), maxBody);
  }
}
