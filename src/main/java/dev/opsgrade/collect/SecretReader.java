package dev.opsgrade.collect;

import dev.opsgrade.config.SecretException;
import dev.opsgrade.config.SecretResolver;
import dev.opsgrade.model.inventory.SecretRef;
import java.util.Optional;

/**
 * A secret for a collector, as a value or a reason: the inventory's resolver (environment, .env,
 * files relative to the inventory) with its failure turned into evidence rather than an exception.
 * What went wrong names the reference, never a value.
 */
public final class SecretReader {
  private SecretReader() {}

  /** The secret's value, or why it cannot be read (as {@link Result#problem()}). */
  public record Result(Optional<String> value, String problem) {
    static Result of(String value) {
      return new Result(Optional.of(value), "");
    }

    static Result problem(String problem) {
      return new Result(Optional.empty(), problem);
    }
  }

  public static Result read(SecretRef secret, CollectContext context) {
    try {
      String value = SecretResolver.resolve(secret, context.baseDir(), context.environment());
      return value.isEmpty()
          ? Result.problem("secret " + secret.reference() + " is empty")
          : Result.of(value);
    } catch (SecretException e) {
      return Result.problem(e.getMessage());
    }
  }

  /** What outputs show instead of a secret: the first 8 hex digits of its SHA-256. */
  public static String fingerprint(String value) {
    return SecretResolver.fingerprint(value);
  }
}
