package dev.opsgrade.collect.process;

import java.time.Duration;

/**
 * How a command ended, with its output (each cut at its cap) and how long it took from start to
 * result. {@code problem} says, in a sentence naming the command, why it did not exit on its own;
 * {@code startError} is the system's reason a program could not be started ("" otherwise).
 */
public record CommandResult(
    Ending ending,
    int exitCode,
    String stdout,
    String stderr,
    String problem,
    String startError,
    Duration duration) {

  /** -1 when the process did not exit on its own. */
  public static final int NO_EXIT_CODE = -1;

  public enum Ending {
    /** The process exited by itself and its output was read to the end. */
    EXITED,
    /** The program could not be started: not installed, not executable, no such directory. */
    NOT_STARTED,
    /**
     * The time limit passed (before the exit or before the output ended): killed, with children.
     */
    TIMED_OUT,
    /** The waiting thread was interrupted: killed, with children. */
    INTERRUPTED
  }

  public boolean exited() {
    return ending == Ending.EXITED;
  }

  public boolean succeeded() {
    return exited() && exitCode == 0;
  }

  /** Timed out or interrupted: the process was killed before it was done. */
  public boolean killed() {
    return ending == Ending.TIMED_OUT || ending == Ending.INTERRUPTED;
  }
}
