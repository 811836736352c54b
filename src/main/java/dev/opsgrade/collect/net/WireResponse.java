package dev.opsgrade.collect.net;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An HTTP answer: status, headers (names in lower case, values in order), the first bytes of the
 * body, how many body bytes came in total, the server's certificate chain (TLS) and the time from
 * the first connect attempt to the last byte.
 */
public record WireResponse(
    int status,
    String reason,
    Map<String, List<String>> headers,
    byte[] body,
    long bodyBytes,
    List<X509Certificate> chain,
    Duration elapsed) {

  public Optional<String> header(String name) {
    List<String> values = headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), List.of());
    return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }

  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}
