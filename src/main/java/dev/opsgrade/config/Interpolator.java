package dev.opsgrade.config;

import java.util.Map;
import java.util.Optional;

/**
 * Docker Compose's interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code
 * ${VAR-default}}, {@code ${VAR:?message}}, {@code ${VAR?message}}, {@code ${VAR:+alt}}, {@code
 * ${VAR+alt}} and {@code $$} for a literal dollar. Defaults may themselves hold variables. An unset
 * variable without a default becomes the empty string, as in Compose.
 */
final class Interpolator {
  private final Map<String, String> environment;

  Interpolator(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /** Raised for a malformed template or a required variable that is unset. */
  static final class Failure extends Exception {
    private final int offset;

    Failure(String message, int offset) {
      super(message, null, false, false);
      this.offset = offset;
    }

    /** Position of the offending {@code $} inside the text. */
    int offset() {
      return offset;
    }
  }

  String interpolate(String text) throws Failure {
    return interpolate(text, 0);
  }

  private String interpolate(String text, int base) throws Failure {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      if (c != '$') {
        out.append(c);
        i++;
      } else if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int end = closingBrace(text, i + 2);
        if (end < 0) {
          throw new Failure("'${' is never closed (write $$ for a literal dollar)", base + i);
        }
        out.append(braced(text.substring(i + 2, end), base + i, base + i + 2));
        i = end + 1;
      } else if (isNameStart(next)) {
        int end = nameEnd(text, i + 1);
        out.append(value(text.substring(i + 1, end)).orElse(""));
        i = end;
      } else {
        out.append('$');
        i++;
      }
    }
    return out.toString();
  }

  private String braced(String expression, int dollar, int start) throws Failure {
    int nameEnd = nameEnd(expression, 0);
    String name = expression.substring(0, nameEnd);
    if (name.isEmpty() || !isNameStart(name.charAt(0))) {
      throw new Failure("'${" + expression + "}' does not start with a variable name", dollar);
    }
    String rest = expression.substring(nameEnd);
    if (rest.isEmpty()) {
      return value(name).orElse("");
    }
    boolean colon = rest.startsWith(":");
    String operator = colon ? rest.substring(0, Math.min(2, rest.length())) : rest.substring(0, 1);
    String word = rest.substring(operator.length());
    int wordStart = start + nameEnd + operator.length();
    Optional<String> value = value(name);
    boolean unset = value.isEmpty() || (colon && value.get().isEmpty());
    return switch (operator.substring(operator.length() - 1)) {
      case "-" -> unset ? interpolate(word, wordStart) : value.get();
      case "+" -> unset ? "" : interpolate(word, wordStart);
      case "?" -> {
        if (unset) {
          String why = word.isEmpty() ? "it is required" : interpolate(word, wordStart);
          throw new Failure(
              "variable " + name + " is " + (colon ? "unset or empty" : "unset") + ": " + why,
              dollar);
        }
        yield value.get();
      }
      default ->
          throw new Failure(
              "'${"
                  + expression
                  + "}' is not a valid substitution: use ${VAR}, ${VAR:-default}"
                  + " or ${VAR:?message}",
              dollar);
    };
  }

  private Optional<String> value(String name) {
    return Optional.ofNullable(environment.get(name));
  }

  /** Index of the '}' closing a '${' whose body starts at {@code from}, or -1. */
  private static int closingBrace(String text, int from) {
    int depth = 1;
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i += 2;
        continue;
      }
      if (c == '}' && --depth == 0) {
        return i;
      }
      i++;
    }
    return -1;
  }

  private static int nameEnd(String text, int from) {
    int i = from;
    while (i < text.length()
        && (isNameStart(text.charAt(i)) || (text.charAt(i) >= '0' && text.charAt(i) <= '9'))) {
      i++;
    }
    return i;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
