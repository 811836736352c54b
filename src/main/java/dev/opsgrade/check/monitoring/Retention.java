package dev.opsgrade.check.monitoring;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prometheus's effective retention as its runtime reports it: "15d", "30d or 10GiB", "10GiB" (size
 * only), or a time flag such as "2w3d" or "36h". Time limits use Prometheus's units (y, w, d, h, m,
 * s, ms); a year is 365 days.
 */
public record Retention(Optional<Duration> time, Optional<String> size) {
  private static final Pattern PART = Pattern.compile("(\\d+)(ms|y|w|d|h|m|s)");
  private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?\\s*[KMGTPE]?i?B");

  public static Retention parse(String text) {
    Optional<Duration> time = Optional.empty();
    Optional<String> size = Optional.empty();
    for (String part : text.split("\\s+or\\s+")) {
      String trimmed = part.strip();
      if (SIZE.matcher(trimmed).matches()) {
        size = trimmed.matches("0+B") ? size : Optional.of(trimmed);
      } else {
        time = duration(trimmed).filter(d -> !d.isZero());
      }
    }
    return new Retention(time, size);
  }

  static Optional<Duration> duration(String text) {
    Matcher matcher = PART.matcher(text);
    Duration total = Duration.ZERO;
    int end = 0;
    while (matcher.find()) {
      if (matcher.start() != end) {
        return Optional.empty();
      }
      total = total.plus(unit(Long.parseLong(matcher.group(1)), matcher.group(2)));
      end = matcher.end();
    }
    return end == text.length() && end > 0 ? Optional.of(total) : Optional.empty();
  }

  private static Duration unit(long n, String unit) {
    return switch (unit) {
      case "y" -> Duration.ofDays(365 * n);
      case "w" -> Duration.ofDays(7 * n);
      case "d" -> Duration.ofDays(n);
      case "h" -> Duration.ofHours(n);
      case "m" -> Duration.ofMinutes(n);
      case "s" -> Duration.ofSeconds(n);
      default -> Duration.ofMillis(n);
    };
  }
}
