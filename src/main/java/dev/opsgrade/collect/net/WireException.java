package dev.opsgrade.collect.net;

/**
 * A request that got no usable HTTP answer, with why: the detail names the address and the reason
 * and never carries a header or a body that could hold a secret.
 */
public final class WireException extends Exception {

  /** What went wrong, as a probe reports it. */
  public enum Failure {
    REFUSED,
    UNREACHABLE,
    TIMEOUT,
    TLS,
    TOO_LARGE,
    PROTOCOL,
    IO
  }

  private final Failure failure;
  private final int status;

  public WireException(Failure failure, String detail) {
    this(failure, 0, detail);
  }

  public WireException(Failure failure, int status, String detail) {
    super(detail);
    this.failure = failure;
    this.status = status;
  }

  public Failure failure() {
    return failure;
  }

  /** The status line's code when the failure came after it (a body too large), else 0. */
  public int status() {
    return status;
  }
}
