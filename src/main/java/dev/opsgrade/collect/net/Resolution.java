package dev.opsgrade.collect.net;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;

/** What one name resolved to, or why it did not, and which resolver said so. */
public record Resolution(
    String host,
    String resolver,
    Resolution.Outcome outcome,
    List<InetAddress> addresses,
    String detail,
    Duration took) {

  /** How a lookup ended. */
  public enum Outcome {
    RESOLVED,
    /** The name does not exist (NXDOMAIN). */
    NO_SUCH_NAME,
    /** The name exists but has no A or AAAA record. */
    NO_ADDRESS,
    /** SERVFAIL, refused or no answer in time. */
    RESOLVER_FAILED,
    /** Not a host name at all (an unexpanded variable, a template). */
    INVALID_NAME
  }

  public boolean resolved() {
    return outcome == Resolution.Outcome.RESOLVED && !addresses.isEmpty();
  }
}
