package dev.opsgrade.cli;

/** A problem with what the user gave (a file, an option): printed plainly, exit code 2. */
public final class UserError extends RuntimeException {
  public UserError(String message) {
    super(message);
  }
}
