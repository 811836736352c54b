package dev.opsgrade.check.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an environment variable holds a secret, judged from its name and the shape of its value
 * (never the value itself), so compose files and running containers are judged alike.
 */
public final class SecretNames {
  private static final Set<String> SECRET_WORDS =
      Set.of(
          "PASSWORD",
          "PASSWD",
          "PASS",
          "SECRET",
          "TOKEN",
          "APIKEY",
          "CREDENTIAL",
          "CREDENTIALS",
          "PASSPHRASE");
  private static final List<String> SECRET_PHRASES =
      List.of("API_KEY", "PRIVATE_KEY", "ACCESS_KEY", "CLIENT_SECRET", "SECRET_KEY");

  /** Last words that make the variable a setting about a secret, not the secret itself. */
  private static final Set<String> SETTING_SUFFIXES =
      Set.of(
          "FILE",
          "PATH",
          "DIR",
          "URL",
          "URI",
          "ENDPOINT",
          "ID",
          "NAME",
          "USER",
          "USERNAME",
          "LENGTH",
          "LEN",
          "MIN",
          "MAX",
          "TTL",
          "EXPIRY",
          "EXPIRES",
          "EXPIRATION",
          "LIFETIME",
          "TIMEOUT",
          "DURATION",
          "DAYS",
          "ENABLED",
          "ENABLE",
          "DISABLED",
          "REQUIRED",
          "POLICY",
          "TYPE",
          "ALGORITHM",
          "MODE",
          "HEADER",
          "COUNT");

  /** Thresholds for a literal that looks random under any name. */
  public static final int RANDOM_MIN_LENGTH = 20;

  public static final double RANDOM_MIN_ENTROPY = 4.0;

  private SecretNames() {}

  /** PASSWORD, DB_PASS, JWT_SECRET, API_TOKEN, SECRET_KEY_BASE, APP_KEY... but not KEY_FILE. */
  public static boolean looksSecret(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_');
    List<String> words = Arrays.stream(upper.split("_+")).filter(w -> !w.isEmpty()).toList();
    if (words.isEmpty() || SETTING_SUFFIXES.contains(words.getLast())) {
      return false;
    }
    // PWD alone is the shell's working directory; DB_PWD is a password.
    boolean pwd = words.size() > 1 && words.contains("PWD");
    if (pwd
        || words.stream().anyMatch(SECRET_WORDS::contains)
        || SECRET_PHRASES.stream().anyMatch(upper::contains)) {
      return true;
    }
    return words.getLast().equals("KEY")
        && !upper.endsWith("PUBLIC_KEY")
        && !upper.endsWith("PUB_KEY");
  }

  /** A path to a secret (Docker's *_FILE convention), which is where the secret should be. */
  public static boolean isFileReference(String name) {
    return name.trim().toUpperCase(Locale.ROOT).endsWith("_FILE");
  }

  /** A long literal whose characters are close to random: a key or token under an innocent name. */
  public static boolean looksRandom(int length, double entropyBitsPerChar) {
    return length >= RANDOM_MIN_LENGTH && entropyBitsPerChar >= RANDOM_MIN_ENTROPY;
  }
}
