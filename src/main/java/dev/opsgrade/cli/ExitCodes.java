package dev.opsgrade.cli;

/** The exit codes of every command. */
public final class ExitCodes {
  public static final int READY = 0;
  public static final int NOT_READY = 1;
  public static final int USAGE = 2;

  private ExitCodes() {}
}
