package dev.opsgrade.collect.ansible;

/** How one ansible-playbook run ended. */
public enum RunOutcome {
  PASSED,
  FAILED,
  TIMED_OUT,
  /** Not run: the binary is missing, the deadline came first, or running it was not safe. */
  NOT_RUN
}
