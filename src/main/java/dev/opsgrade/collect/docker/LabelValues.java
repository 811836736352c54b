package dev.opsgrade.collect.docker;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a label value is kept in the evidence: as it is, or, when it looks like a secret (a key named
 * like a password, user lists of basic auth, a password hash), as a fingerprint: the first 8 hex of
 * its SHA-256. Both sides of a comparison go through here, so equal values stay equal.
 */
public final class LabelValues {
  private static final Pattern SECRET_KEY =
      Pattern.compile(
          "(password|passwd|secret|token|users|apikey|api[-_]key|credential|privatekey)",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SECRET_VALUE =
      Pattern.compile("\\$(apr1|2[aby]|[156]|argon2(id|i|d))\\$|\\{SHA\\}");

  private LabelValues() {}

  public static String shown(String key, String value) {
    if (SECRET_KEY.matcher(key).find() || SECRET_VALUE.matcher(value).find()) {
      return fingerprint(value);
    }
    return value;
  }

  public static boolean isTraefik(String key) {
    return key.toLowerCase(Locale.ROOT).startsWith("traefik.");
  }

  public static String fingerprint(String secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(hash, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
