package dev.opsgrade.config;

/** A secret reference that cannot be resolved. The message names the reference, never a value. */
public final class SecretException extends RuntimeException {
  public SecretException(String message) {
    super(message);
  }
}
