package dev.opsgrade.check.routes;

import java.util.List;
import java.util.Locale;

/**
 * The access control a route's middlewares put in front of it, found through chains and across
 * providers. {@code kinds}: forwardAuth, basicAuth, digestAuth, ipAllowList; each with the
 * middleware that brings it. {@code unresolved}: references defined nowhere opsgrade looked.
 */
public record Protection(List<Gate> gates, List<String> unresolved) {
  /** The kind of a gate known only by its middleware's name. */
  public static final String BY_NAME = "auth (by its name)";

  public record Gate(String kind, String middleware, String detail) {
    public String describe() {
      return kind + " " + middleware + (detail.isEmpty() ? "" : " (" + detail + ")");
    }
  }

  public boolean any() {
    return !gates.isEmpty();
  }

  /** Authentication, not only an IP allowlist. */
  public boolean authenticates() {
    return gates.stream().anyMatch(g -> !g.kind().equals("ipAllowList"));
  }

  /** Every gate is a middleware whose name says auth but whose definition opsgrade never saw. */
  public boolean onlyByName() {
    return any() && gates.stream().allMatch(g -> g.kind().equals(BY_NAME));
  }

  public boolean onlyAllowlist() {
    return any() && !authenticates();
  }

  /** A forwardAuth whose address or name says Authelia. */
  public boolean authelia() {
    return gates.stream()
        .anyMatch(
            g ->
                g.kind().equals("forwardAuth")
                    && (g.detail() + g.middleware()).toLowerCase(Locale.ROOT).contains("authelia"));
  }

  public String describe() {
    return gates.isEmpty()
        ? "no auth middleware"
        : String.join(", ", gates.stream().map(Gate::describe).toList());
  }
}
