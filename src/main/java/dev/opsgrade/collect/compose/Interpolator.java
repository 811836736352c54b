package dev.opsgrade.collect.compose;

import java.util.Optional;
import java.util.function.Function;

/**
 * Docker Compose interpolation: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-default}}, {@code
 * ${VAR-default}}, {@code ${VAR:?error}}, {@code ${VAR?error}}, {@code ${VAR:+alt}}, {@code
 * ${VAR+alt}}, nested in defaults, and {@code $$} for a literal dollar. An unset variable without a
 * default is empty, as Compose does (it only warns).
 */
final class Interpolator {
  private final Function<String, Optional<String>> lookup;

  /** The value, and whether it came whole from one variable of the environment. */
  record Result(String value, boolean reference) {}

  Interpolator(Function<String, Optional<String>> lookup) {
    this.lookup = lookup;
  }

  Interpolator(Variables variables) {
    this(variables::lookup);
  }

  YamlNode.Scalar apply(YamlNode.Scalar scalar) {
    if (scalar.isNull() || scalar.text().indexOf('$') < 0) {
      return scalar;
    }
    Result result = apply(scalar.text(), scalar.at());
    return new YamlNode.Scalar(
        result.value(), scalar.raw(), false, result.reference(), scalar.at());
  }

  Result apply(String text, Position at) {
    StringBuilder out = new StringBuilder(text.length());
    boolean literal = false;
    int expressions = 0;
    boolean lastReference = false;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
      if (c == '$' && next == '$') {
        out.append('$');
        literal = true;
        i += 2;
      } else if (c == '$' && next == '{') {
        int end = closingBrace(text, i + 2, at);
        Result r = braced(text.substring(i + 2, end), at);
        out.append(r.value());
        expressions++;
        lastReference = r.reference();
        i = end + 1;
      } else if (c == '$' && isNameStart(next)) {
        int end = nameEnd(text, i + 1);
        out.append(lookup.apply(text.substring(i + 1, end)).orElse(""));
        expressions++;
        lastReference = true;
        i = end;
      } else {
        out.append(c);
        literal = true;
        i++;
      }
    }
    return new Result(out.toString(), !literal && expressions == 1 && lastReference);
  }

  private Result braced(String content, Position at) {
    int nameEnd = content.isEmpty() || !isNameStart(content.charAt(0)) ? 0 : nameEnd(content, 0);
    if (nameEnd == 0) {
      throw new ComposeException(at, "invalid interpolation: '${' must start a variable name");
    }
    String name = content.substring(0, nameEnd);
    String rest = content.substring(nameEnd);
    Optional<String> value = lookup.apply(name);
    if (rest.isEmpty()) {
      return new Result(value.orElse(""), true);
    }
    boolean colon = rest.startsWith(":");
    if (rest.length() < (colon ? 2 : 1)) {
      throw new ComposeException(
          at, "invalid interpolation: unexpected characters after ${" + name);
    }
    String operator = rest.substring(colon ? 1 : 0, Math.min(rest.length(), colon ? 2 : 1));
    String argument = rest.substring(colon ? 2 : 1);
    boolean present = colon ? value.filter(v -> !v.isEmpty()).isPresent() : value.isPresent();
    return switch (operator) {
      case "-" -> present ? new Result(value.get(), true) : apply(argument, at);
      case "?" -> {
        if (!present) {
          String why = apply(argument, at).value();
          throw new ComposeException(
              at,
              "required variable "
                  + name
                  + " is missing a value"
                  + (why.isEmpty() ? "" : ": " + why));
        }
        yield new Result(value.get(), true);
      }
      case "+" -> present ? apply(argument, at) : new Result("", false);
      default ->
          throw new ComposeException(
              at, "invalid interpolation: unexpected characters after ${" + name);
    };
  }

  /** The index of the '}' closing a "${" whose content starts at {@code from}. */
  private static int closingBrace(String text, int from, Position at) {
    int depth = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && (text.charAt(i + 1) == '{')) {
        depth++;
        i++;
      } else if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '$') {
        i++;
      } else if (c == '}') {
        if (depth == 0) {
          return i;
        }
        depth--;
      }
    }
    throw new ComposeException(at, "invalid interpolation: '${' without a closing '}'");
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static int nameEnd(String text, int from) {
    int i = from;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (!(isNameStart(c) || (c >= '0' && c <= '9'))) {
        break;
      }
      i++;
    }
    return i;
  }
}
