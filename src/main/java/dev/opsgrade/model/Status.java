package dev.opsgrade.model;

/** The result of a check for one subject. */
public enum Status {
  PASS(1.0),
  FAIL(0.0),
  /** Half credit. */
  WARN(0.5),
  /** No evidence: scores as FAIL, never passes silently. */
  UNVERIFIED(0.0),
  /** Left out of the denominator. */
  NOT_APPLICABLE(0.0),
  /** An accepted exception: scores as PASS until its waiver expires. */
  WAIVED(1.0);

  private final double credit;

  Status(double credit) {
    this.credit = credit;
  }

  public double credit() {
    return credit;
  }

  public boolean counts() {
    return this != NOT_APPLICABLE;
  }

  /** Whether this result needs someone's attention (it is not a full pass). */
  public boolean isProblem() {
    return this == FAIL || this == WARN || this == UNVERIFIED;
  }
}
