package dev.opsgrade.config;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The plain scalar types: text, whole numbers, numbers, booleans, choices. A value written without
 * interpolation must carry the matching YAML type (as the JSON Schema sees it); an interpolated one
 * is parsed from its text.
 */
final class Types {
  static final ScalarType<String> TEXT = Types::text;
  static final ScalarType<Boolean> BOOLEAN = Types::bool;
  static final ScalarType<Long> WHOLE = Types::whole;
  static final ScalarType<Double> NUMBER = Types::number;
  static final ScalarType<String> REGEX_WITH_GROUP = Types::regexWithGroup;

  private Types() {}

  static ScalarType<Integer> range(int min, int max) {
    return scalar -> {
      long value = whole(scalar);
      if (value < min || value > max) {
        throw new ScalarType.Bad(
            scalar.shown()
                + " is out of range: "
                + (max == Integer.MAX_VALUE ? "at least " + min : "from " + min + " to " + max));
      }
      return (int) value;
    };
  }

  static ScalarType<Double> numberRange(double min, double max) {
    return scalar -> {
      double value = number(scalar);
      if (value < min || value > max) {
        String range =
            max == Double.MAX_VALUE
                ? "at least " + trim(min)
                : "from " + trim(min) + " to " + trim(max);
        throw new ScalarType.Bad(scalar.shown() + " is out of range: " + range);
      }
      return value;
    };
  }

  static ScalarType<String> oneOf(List<String> choices) {
    return scalar -> {
      String value = text(scalar);
      if (!choices.contains(value)) {
        throw new ScalarType.Bad(
            "'" + scalar.shown() + "' is not one of " + String.join(", ", choices));
      }
      return value;
    };
  }

  private static String text(Scalar scalar) {
    if (!scalar.isText()) {
      throw new ScalarType.Bad(
          "expected text, found " + scalar.kind() + ": quote it (\"" + scalar.raw() + "\")");
    }
    if (scalar.value().isBlank()) {
      throw new ScalarType.Bad(
          scalar.interpolated()
              ? "is empty after interpolating '" + scalar.raw() + "': is the variable set?"
              : "is empty");
    }
    return scalar.value();
  }

  private static boolean bool(Scalar scalar) {
    String value = scalar.value().toLowerCase(Locale.ROOT);
    boolean typed = scalar.interpolated() || Tag.BOOL.equals(scalar.tag());
    if (typed && (value.equals("true") || value.equals("false"))) {
      return value.equals("true");
    }
    throw new ScalarType.Bad("expected true or false, found '" + scalar.shown() + "'");
  }

  private static long whole(Scalar scalar) {
    if (scalar.interpolated() || Tag.INT.equals(scalar.tag())) {
      String value = scalar.value().strip();
      try {
        if (value.startsWith("0x")) {
          return Long.parseLong(value.substring(2), 16);
        }
        return value.startsWith("0o")
            ? Long.parseLong(value.substring(2), 8)
            : Long.parseLong(value);
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new ScalarType.Bad("expected a whole number, found '" + scalar.shown() + "'");
  }

  private static double number(Scalar scalar) {
    boolean typed = Tag.INT.equals(scalar.tag()) || Tag.FLOAT.equals(scalar.tag());
    if (scalar.interpolated() || typed) {
      try {
        return Double.parseDouble(scalar.value().strip());
      } catch (NumberFormatException e) {
        // fall through to the message below
      }
    }
    throw new ScalarType.Bad("expected a number, found '" + scalar.shown() + "'");
  }

  private static String regexWithGroup(Scalar scalar) {
    String value = text(scalar);
    try {
      if (Pattern.compile(value).matcher("").groupCount() < 1) {
        throw new ScalarType.Bad("the pattern needs a group around the number: (\\d+)");
      }
      return value;
    } catch (PatternSyntaxException e) {
      throw new ScalarType.Bad("not a regular expression: " + e.getDescription());
    }
  }

  static String trim(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
