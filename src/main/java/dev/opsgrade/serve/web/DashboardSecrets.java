package dev.opsgrade.serve.web;

import dev.opsgrade.model.inventory.SecretRef;
import dev.opsgrade.model.inventory.ServeSpec;
import java.util.Optional;
import java.util.function.Function;

/**
 * The dashboard's two secrets, read once at start: the login password, kept only as its hash, and
 * the bearer token of /metrics (none: /metrics refuses everyone). Never printed.
 */
public final class DashboardSecrets {
  private final PasswordHash password;
  private final Optional<String> metricsToken;

  public DashboardSecrets(PasswordHash password, Optional<String> metricsToken) {
    this.password = password;
    this.metricsToken = metricsToken.filter(t -> !t.isEmpty());
  }

  /**
   * Reads {@code serve.password_file} and {@code serve.metrics_token} through {@code secrets} (the
   * inventory's resolver: files relative to its folder, environment and .env).
   */
  public static DashboardSecrets load(ServeSpec serve, Function<SecretRef, String> secrets) {
    String file =
        serve
            .passwordFile()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the dashboard needs serve.password_file: a file holding the login"
                            + " password"));
    PasswordHash hash = PasswordHash.of(secrets.apply(SecretRef.file(file)).toCharArray());
    return new DashboardSecrets(hash, serve.metricsToken().map(secrets));
  }

  boolean passwordMatches(String guess) {
    return password.matches(guess);
  }

  /** True when a token is configured and {@code given} is it, compared in constant time. */
  boolean metricsTokenMatches(String given) {
    return metricsToken.map(t -> PasswordHash.constantTimeEquals(t, given)).orElse(false);
  }

  @Override
  public String toString() {
    return "DashboardSecrets[password hashed, metrics token "
        + (metricsToken.isPresent() ? "set" : "not set")
        + "]";
  }
}
