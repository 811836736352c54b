package dev.opsgrade.collect.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A memory size as Docker reads it (go-units RAMInBytes): a number of bytes, or a number with a
 * unit k, m, g, t, p (powers of 1024) and an optional "i" and "b": "512m", "1g", "1.5G", "2GiB".
 */
final class MemorySize {
  private static final Pattern SIZE =
      Pattern.compile("^(\\d+(?:\\.\\d+)?) ?([kmgtp])?i?b?$", Pattern.CASE_INSENSITIVE);

  private MemorySize() {}

  static long parse(String text, Position at) {
    Matcher m = SIZE.matcher(text.strip());
    if (!m.matches()) {
      throw new ComposeException(at, "invalid memory size '" + text + "'");
    }
    BigDecimal number = new BigDecimal(m.group(1));
    int power = m.group(2) == null ? 0 : "kmgtp".indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1;
    try {
      return number
          .multiply(BigDecimal.valueOf(1024).pow(power))
          .setScale(0, RoundingMode.DOWN)
          .longValueExact();
    } catch (ArithmeticException e) {
      throw new ComposeException(at, "memory size '" + text + "' is too large");
    }
  }
}
