package dev.opsgrade.collect.compose;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** What may be kept of a value that may be a secret: its length, entropy and fingerprint. */
record ValueShape(int length, double entropy, String fingerprint) {

  static ValueShape of(String value) {
    return new ValueShape(
        value.codePointCount(0, value.length()), entropy(value), fingerprint(value));
  }

  /** The first 8 hex digits of the value's SHA-256. */
  static String fingerprint(String value) {
    MessageDigest sha256 = SHA256.get();
    sha256.reset();
    byte[] hash = sha256.digest(value.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 4);
  }

  private static final ThreadLocal<MessageDigest> SHA256 =
      ThreadLocal.withInitial(
          () -> {
            try {
              return MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
              throw new IllegalStateException("every JDK has SHA-256", e);
            }
          });

  /** Shannon entropy in bits per character, rounded to 3 decimals so output is reproducible. */
  static double entropy(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    int[] sorted = value.codePoints().sorted().toArray();
    double total = sorted.length;
    double bits = 0;
    int run = 1;
    for (int i = 1; i <= sorted.length; i++) {
      if (i < sorted.length && sorted[i] == sorted[i - 1]) {
        run++;
        continue;
      }
      double p = run / total;
      bits -= p * (Math.log(p) / Math.log(2));
      run = 1;
    }
    return BigDecimal.valueOf(bits).setScale(3, RoundingMode.HALF_UP).doubleValue();
  }
}
