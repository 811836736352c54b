package dev.opsgrade.collect.contabo;

import dev.opsgrade.collect.webapi.WebApiFailure;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * Takes every credential opsgrade holds for Contabo (client id and secret, API user and password,
 * every bearer token issued) out of a text before it becomes evidence: an error page that echoes
 * the request must not carry them into a report.
 */
final class Scrubber {
  private static final int SHORTEST = 4;
  private final Set<String> secrets = new CopyOnWriteArraySet<>();

  Scrubber(List<String> credentials) {
    credentials.forEach(this::add);
  }

  void add(String secret) {
    if (secret.length() >= SHORTEST) {
      secrets.add(secret);
    }
  }

  String scrub(String text) {
    String out = text;
    for (String secret : secrets) {
      out = out.replace(secret, "[secret]");
    }
    return out;
  }

  WebApiFailure scrub(WebApiFailure failure) {
    String prefix = failure.url() + ": ";
    String message = failure.getMessage();
    String reason = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    return new WebApiFailure(failure.kind(), failure.url(), scrub(reason), failure.status());
  }

  /** A short one-line excerpt of an answer, scrubbed. */
  String excerpt(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return scrub(line.length() > 160 ? line.substring(0, 160) + "..." : line);
  }
}
