package dev.opsgrade.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Formatted values: durations, percentages, ports, URLs, Docker endpoints, listen addresses. The
 * patterns are the ones in schema/opsgrade.schema.json ($defs), so the loader and the schema agree;
 * a test holds them equal.
 */
final class Formats {
  static final String PORT_NUMBER =
      "([1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";
  static final String HOST = "([^\\s/:@\\[\\]]+|\\[[0-9A-Fa-f:.]+\\])";
  static final String DURATION = "^([0-9]+(ms|s|m|h|d|w))+$";
  static final String PERCENT = "^(100(\\.0+)?|[0-9]{1,2}(\\.[0-9]+)?)%$";
  static final String HTTP_URL =
      "^https?://([^\\s/?#@:]+@)?" + HOST + "(:" + PORT_NUMBER + ")?([/?#]\\S*)?$";
  static final String DOCKER_URL =
      "^(unix:///\\S+|tcp://"
          + HOST
          + "(:"
          + PORT_NUMBER
          + ")?/?|ssh://([^\\s/:@]+@)?"
          + HOST
          + "(:"
          + PORT_NUMBER
          + ")?)$";
  static final String LISTEN = "^([^\\s/:@\\[\\]]*|\\[[0-9A-Fa-f:.]+\\]):" + PORT_NUMBER + "$";
  static final String RESOLVER =
      "^([0-9]{1,3}(\\.[0-9]{1,3}){3}(:"
          + PORT_NUMBER
          + ")?|\\[[0-9A-Fa-f:.]+\\](:"
          + PORT_NUMBER
          + ")?|[0-9A-Fa-f]*:[0-9A-Fa-f:.]*)$";
  static final String JDBC_URL = "^(?![^?]*\\?.*password=)jdbc:(postgresql|sqlite):\\S+$";

  private static final Pattern DURATION_PART = Pattern.compile("([0-9]+)(ms|s|m|h|d|w)");

  static final ScalarType<Duration> DURATION_TYPE =
      scalar -> {
        String value = matching(scalar, DURATION, "a duration: write 2s, 15m, 26h, 30d or 1h30m");
        Duration total = Duration.ZERO;
        Matcher part = DURATION_PART.matcher(value);
        try {
          while (part.find()) {
            total = total.plus(unit(Long.parseLong(part.group(1)), part.group(2)));
          }
          return total;
        } catch (NumberFormatException | ArithmeticException e) {
          throw new ScalarType.Bad("'" + scalar.shown() + "' is too long a duration");
        }
      };

  static final ScalarType<Double> PERCENT_TYPE =
      scalar -> {
        String value = matching(scalar, PERCENT, "a percentage from 0% to 100%, such as 99.9%");
        return Double.parseDouble(value.substring(0, value.length() - 1));
      };

  static final ScalarType<Integer> PORT =
      scalar -> {
        try {
          return Types.range(1, 65535).parse(scalar);
        } catch (ScalarType.Bad bad) {
          throw new ScalarType.Bad("'" + scalar.shown() + "' is not a port (1-65535)");
        }
      };

  static final ScalarType<String> HTTP_URL_TYPE =
      scalar -> {
        refuseWrittenOutPassword(scalar, "://[^/?#]*:[^/?#]*@", "the auth or token keys");
        return matching(scalar, HTTP_URL, "an http:// or https:// URL with a host");
      };

  static final ScalarType<String> DOCKER_URL_TYPE =
      scalar ->
          matching(
              scalar,
              DOCKER_URL,
              "a Docker endpoint: unix:///var/run/docker.sock, tcp://host:2376 or"
                  + " ssh://user@host[:port]");

  static final ScalarType<String> LISTEN_TYPE =
      scalar ->
          matching(scalar, LISTEN, "an address to listen on: host:port, such as 127.0.0.1:8080");

  static final ScalarType<String> RESOLVER_TYPE =
      scalar ->
          matching(
              scalar,
              RESOLVER,
              "a DNS server address: 10.0.0.2, 127.0.0.1:5353 or [::1]:53 (an IP address, not a"
                  + " name)");

  static final ScalarType<String> JDBC_URL_TYPE =
      scalar -> {
        refuseWrittenOutPassword(scalar, "[?&;]password=", "history.password");
        return matching(
            scalar, JDBC_URL, "a JDBC URL: jdbc:postgresql://host/db or jdbc:sqlite:path");
      };

  private Formats() {}

  private static String matching(Scalar scalar, String pattern, String expected) {
    String value = Types.TEXT.parse(scalar);
    if (!Pattern.compile(pattern).matcher(value).matches()) {
      throw new ScalarType.Bad("'" + scalar.shown() + "' is not " + expected);
    }
    return value;
  }

  /** Says why a URL with a password is refused, without quoting it. */
  private static void refuseWrittenOutPassword(Scalar scalar, String password, String instead) {
    if (Pattern.compile(password).matcher(scalar.value()).find()) {
      throw new ScalarType.Bad(
          "a password in a URL is a secret written out: give it by reference in " + instead);
    }
  }

  private static Duration unit(long amount, String unit) {
    return switch (unit) {
      case "ms" -> Duration.ofMillis(amount);
      case "s" -> Duration.ofSeconds(amount);
      case "m" -> Duration.ofMinutes(amount);
      case "h" -> Duration.ofHours(amount);
      case "d" -> Duration.ofDays(amount);
      default -> Duration.ofDays(7 * amount);
    };
  }
}
