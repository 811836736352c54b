package dev.opsgrade.collect.git;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which file names say "this may hold a secret", and the probe names whose ignore status the
 * collector records. Templates meant to be committed (.env.example, sample.env) are not secrets.
 */
public final class SecretFileNames {
  /** Probed at the repository root and in every folder that has its own .gitignore. */
  public static final List<String> PROBES =
      List.of(
          ".env",
          "x.env",
          "server.key",
          "cert.pem",
          "cert.p12",
          "id_rsa",
          "id_ed25519",
          "acme.json",
          "secrets/x");

  public static final String ENV_FILE = "env file";
  public static final String PRIVATE_KEY = "private key";
  public static final String CERTIFICATE = "certificate or key (.pem)";
  public static final String KEYSTORE = "keystore";
  public static final String ACME = "ACME certificate store";
  public static final String SECRETS_FOLDER = "file in a secrets folder";
  public static final String SECRET_NAMED = "secret-named file";

  private static final Set<String> TEMPLATE_WORDS =
      Set.of("example", "sample", "template", "dist", "defaults", "default", "tpl");
  private static final Set<String> SSH_KEYS = Set.of("id_rsa", "id_dsa", "id_ecdsa", "id_ed25519");
  private static final List<String> SECRET_WORDS =
      List.of("secret", "password", "passwd", "token", "credential");

  private SecretFileNames() {}

  /** Why a repository-relative path looks like a secret file, if it does. */
  public static Optional<String> kindOf(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    String name = lower.substring(lower.lastIndexOf('/') + 1);
    if (isTemplate(name)) {
      return Optional.empty();
    }
    if (name.equals(".env") || name.endsWith(".env") || name.startsWith(".env.")) {
      return Optional.of(ENV_FILE);
    }
    if (name.endsWith(".key") || isSshKey(name)) {
      return Optional.of(PRIVATE_KEY);
    }
    if (name.endsWith(".pem")) {
      return Optional.of(CERTIFICATE);
    }
    if (name.endsWith(".p12") || name.endsWith(".pfx") || name.endsWith(".jks")) {
      return Optional.of(KEYSTORE);
    }
    if (name.equals("acme.json")) {
      return Optional.of(ACME);
    }
    if (lower.startsWith("secrets/") || lower.contains("/secrets/")) {
      return Optional.of(SECRETS_FOLDER);
    }
    return SECRET_WORDS.stream().anyMatch(name::contains)
        ? Optional.of(SECRET_NAMED)
        : Optional.empty();
  }

  private static boolean isSshKey(String name) {
    return !name.endsWith(".pub") && SSH_KEYS.stream().anyMatch(name::startsWith);
  }

  private static boolean isTemplate(String name) {
    for (String part : name.split("[._-]")) {
      if (TEMPLATE_WORDS.contains(part)) {
        return true;
      }
    }
    return false;
  }
}
