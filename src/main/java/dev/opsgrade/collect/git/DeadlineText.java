package dev.opsgrade.collect.git;

/**
 * A file's text for the regexes that gives up when the deadline passes: a regex cannot be
 * interrupted, and a hostile or odd file (one long line that a rule backtracks over) can keep one
 * running for hours. Every 64 Ki characters read, the deadline is checked; past it, {@link Stopped}
 * ends the scan of this file.
 */
final class DeadlineText implements CharSequence {
  private static final int CHECK_EVERY = (1 << 16) - 1;

  /** The deadline passed while a regex ran. */
  static final class Stopped extends RuntimeException {
    Stopped() {
      super("the secret scan's deadline passed", null, false, false);
    }
  }

  private final String text;
  private final Deadline deadline;
  private int reads;

  DeadlineText(String text, Deadline deadline) {
    this.text = text;
    this.deadline = deadline;
  }

  @Override
  public char charAt(int index) {
    if ((++reads & CHECK_EVERY) == 0 && deadline.passed()) {
      throw new Stopped();
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text;
  }
}
