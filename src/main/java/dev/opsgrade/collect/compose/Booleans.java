package dev.opsgrade.collect.compose;

import java.util.Locale;

/** Compose's reading of a boolean written as text (after interpolation). */
final class Booleans {
  private Booleans() {}

  static boolean parse(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "y", "on", "1" -> true;
      default -> false;
    };
  }
}
