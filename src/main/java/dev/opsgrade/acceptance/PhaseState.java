package dev.opsgrade.acceptance;

/** Where a phase of work stands, from evidence and sign-off records. */
public enum PhaseState {
  NOT_STARTED("not started"),
  IN_PROGRESS("in progress"),
  CRITERIA_MET("criteria met"),
  ACCEPTED("accepted"),
  CONDITIONALLY_ACCEPTED("conditionally accepted"),
  CONDITION_EXPIRED("conditional acceptance expired");

  private final String label;

  PhaseState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
