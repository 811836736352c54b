package dev.opsgrade.serve.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} failed logins per client address in a sliding {@code window}; further
 * attempts are refused before the password is even hashed, so guessing is slow and cheap for us.
 */
final class LoginThrottle {
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int limit;
  private final Duration window;

  LoginThrottle(Clock clock, int limit, Duration window) {
    this.clock = clock;
    this.limit = limit;
    this.window = window;
  }

  boolean allowed(String client) {
    Deque<Instant> recent = failures.get(client);
    if (recent == null) {
      return true;
    }
    synchronized (recent) {
      prune(recent, clock.instant());
      return recent.size() < limit;
    }
  }

  void failed(String client) {
    Deque<Instant> recent = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (recent) {
      Instant now = clock.instant();
      prune(recent, now);
      recent.addLast(now);
    }
  }

  void succeeded(String client) {
    failures.remove(client);
  }

  private void prune(Deque<Instant> recent, Instant now) {
    while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
      recent.removeFirst();
    }
  }
}
