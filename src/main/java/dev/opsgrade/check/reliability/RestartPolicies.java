package dev.opsgrade.check.reliability;

import java.util.Locale;

/** Whether a restart policy brings a container back after a crash or a reboot. */
public final class RestartPolicies {
  private RestartPolicies() {}

  /**
   * always, unless-stopped, on-failure[:N] (engine and compose), any and on-failure (swarm's
   * deploy.restart_policy.condition) restart; no, none and anything else do not.
   */
  public static boolean restarts(String policy) {
    String p = policy.trim().toLowerCase(Locale.ROOT);
    return p.equals("always")
        || p.equals("unless-stopped")
        || p.equals("any")
        || p.equals("on-failure")
        || p.startsWith("on-failure:");
  }
}
