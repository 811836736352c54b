package dev.opsgrade.model;

/**
 * What happened when a collector ran against one target: the evidence of a failure is as much a
 * fact as a success.
 */
public record CollectorRun(String collector, String target, Outcome outcome, String detail) {

  public enum Outcome {
    OK,
    /** The collector ran and the system answered, but not completely. */
    PARTIAL,
    FAILED,
    TIMED_OUT,
    /** The inventory does not configure this system. */
    NOT_CONFIGURED
  }

  public boolean succeeded() {
    return outcome == Outcome.OK || outcome == Outcome.PARTIAL;
  }
}
