package dev.opsgrade.pipeline;

/**
 * A sign-off that cannot be made as asked (no such phase, conditions without a date, no assessment
 * yet): the command line prints it as a usage error, the dashboard shows it beside the form.
 */
public final class SignoffException extends RuntimeException {
  public SignoffException(String message) {
    super(message);
  }
}
