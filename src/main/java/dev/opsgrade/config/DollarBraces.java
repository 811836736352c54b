package dev.opsgrade.config;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Lets {@code ${VAR}} stand unquoted inside flow collections, as PRODUCT.md writes it ({@code auth:
 * { basic: { password: ${PASS} } }}): strict YAML reads those braces as flow indicators and fails.
 * Before parsing, the braces of every {@code ${...}} closed on its line are swapped for two
 * private-use characters (one character each, so lines and columns stay true); every scalar read
 * afterwards is swapped back. Only text that was a syntax error reads differently.
 */
final class DollarBraces {
  private static final char OPEN = '\uE000';
  private static final char CLOSE = '\uE001';

  private DollarBraces() {}

  static String protect(String text) {
    char[] chars = text.toCharArray();
    Deque<Integer> open = new ArrayDeque<>();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c == '\n') {
        open.clear();
      } else if (c == '$' && i + 1 < chars.length && chars[i + 1] == '{') {
        open.push(i + 1);
        i++;
      } else if (c == '}' && !open.isEmpty()) {
        chars[open.pop()] = OPEN;
        chars[i] = CLOSE;
      }
    }
    return new String(chars);
  }

  static String restore(String scalar) {
    if (scalar.indexOf(OPEN) < 0 && scalar.indexOf(CLOSE) < 0) {
      return scalar;
    }
    return scalar.replace(OPEN, '{').replace(CLOSE, '}');
  }
}
