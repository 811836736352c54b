package dev.opsgrade.collect.traefik;

import dev.opsgrade.collect.CollectContext;
import dev.opsgrade.model.inventory.SecretRef;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a secret by its reference, for the one request that needs it: env:NAME from the
 * collection's environment, file:PATH relative to the inventory's folder (trailing newline
 * dropped). A stand-in until config/SecretResolver is on main; its errors name the reference, never
 * a value.
 */
final class ApiSecret {
  private ApiSecret() {}

  /** The value, or empty with the reason in {@code why}. */
  static Optional<String> read(SecretRef ref, CollectContext context, StringBuilder why) {
    String reference = ref.reference();
    if (reference.startsWith("env:")) {
      String name = reference.substring("env:".length());
      String value = context.environment().get(name);
      if (value == null || value.isEmpty()) {
        why.append("environment variable ").append(name).append(" is not set");
        return Optional.empty();
      }
      return Optional.of(value);
    }
    Path file = context.resolve(reference.substring("file:".length()));
    try {
      String value = Files.readString(file, StandardCharsets.UTF_8).replaceAll("\\r?\\n$", "");
      if (value.isEmpty()) {
        why.append("secret file ").append(context.relative(file)).append(" is empty");
        return Optional.empty();
      }
      return Optional.of(value);
    } catch (IOException e) {
      why.append("secret file ").append(context.relative(file)).append(" cannot be read");
      return Optional.empty();
    }
  }
}
