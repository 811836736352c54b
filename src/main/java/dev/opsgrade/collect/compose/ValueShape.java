package dev.opsgrade.collect.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/** What may be kept of a value that may be a secret: its length, entropy and fingerprint. */
record ValueShape(int length, double entropy, String fingerprint) {

  static ValueShape of(String value) {
    return new ValueShape(
        value.codePointCount(0, value.length()), entropy(value), fingerprint(value));
  }

  /** The first 8 hex digits of the value's SHA-256. */
  static String fingerprint(String value) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** Shannon entropy in bits per character, rounded to 3 decimals so output is reproducible. */
  static double entropy(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    value.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
    double total = value.codePointCount(0, value.length());
    double bits = 0;
    for (int count : counts.values()) {
      double p = count / total;
      bits -= p * (Math.log(p) / Math.log(2));
    }
    return BigDecimal.valueOf(bits).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }
}
