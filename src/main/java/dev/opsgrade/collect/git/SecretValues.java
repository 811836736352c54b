package dev.opsgrade.collect.git;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What the scan may say about a secret value: its fingerprint, entropy, and placeholder-ness. */
public final class SecretValues {
  private static final List<String> PLACEHOLDER_PARTS =
      List.of(
          "${",
          "{{",
          "$(",
          "%(",
          "<",
          ">",
          "changeme",
          "change_me",
          "change-me",
          "changeit",
          "example",
          "placeholder",
          "your_",
          "your-",
          "yourpass",
          "xxxx",
          "****",
          "...",
          "redacted",
          "replaceme",
          "replace_me",
          "dummy",
          "sample",
          "lorem",
          "process.env",
          "os.environ",
          "getenv",
          "secret_here",
          "password_here",
          "token_here");
  private static final Set<String> PLACEHOLDER_WORDS =
      Set.of(
          "password",
          "passwd",
          "secret",
          "token",
          "null",
          "none",
          "true",
          "false",
          "undefined",
          "required",
          "string",
          "empty",
          "nil");
  private static final Pattern ENV_REFERENCE = Pattern.compile("\\$[A-Za-z_][A-Za-z0-9_]*");
  private static final Pattern ONE_CHARACTER = Pattern.compile("(.)\\1*");

  /** Code, not a value: get_password(), os.getcwd(), settings.token(). */
  private static final Pattern CALL = Pattern.compile("[A-Za-z0-9_.$]+\\(.*\\)");

  private SecretValues() {}

  /** First 12 hex digits of the SHA-256 of the secret's bytes as they stand in the file. */
  public static String fingerprint(String latin1Secret) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(latin1Secret.getBytes(StandardCharsets.ISO_8859_1));
      return HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** Shannon entropy in bits per character. */
  public static double entropy(String value) {
    if (value.isEmpty()) {
      return 0;
    }
    int[] counts = new int[256];
    for (int i = 0; i < value.length(); i++) {
      counts[value.charAt(i) & 0xff]++;
    }
    double bits = 0;
    for (int count : counts) {
      if (count > 0) {
        double p = (double) count / value.length();
        bits -= p * (Math.log(p) / Math.log(2));
      }
    }
    return bits;
  }

  /**
   * A value that stands for a secret instead of being one: ${VAR}, changeme, xxxxxxxx, a path, a
   * function call.
   */
  public static boolean isPlaceholder(String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (PLACEHOLDER_WORDS.contains(lower)
        || ENV_REFERENCE.matcher(value).matches()
        || ONE_CHARACTER.matcher(value).matches()
        || CALL.matcher(value).matches()
        || lower.startsWith("/")
        || lower.startsWith("./")
        || lower.startsWith("~/")) {
      return true;
    }
    for (String part : PLACEHOLDER_PARTS) {
      if (lower.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
