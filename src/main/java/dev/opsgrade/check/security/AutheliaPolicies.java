package dev.opsgrade.check.security;

import dev.opsgrade.check.routes.AccessRules;
import dev.opsgrade.collect.authelia.AutheliaAccessControl;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Optional;

/** Authelia's access_control as it applies to route hosts, when its configuration was read. */
final class AutheliaPolicies {
  private final Optional<AutheliaAccessControl> control;

  private AutheliaPolicies(Optional<AutheliaAccessControl> control) {
    this.control = control;
  }

  static AutheliaPolicies of(Evidence evidence) {
    return new AutheliaPolicies(
        evidence.all(AutheliaAccessControl.class).stream().map(FactView::data).findFirst());
  }

  /** "Authelia rule #1 (file:12) gives bypass" for the first host Authelia lets through. */
  Optional<String> bypass(List<String> hosts) {
    if (control.isEmpty()) {
      return Optional.empty();
    }
    for (String host : hosts) {
      AccessRules.Match match = AccessRules.match(control.get(), host);
      if (match.policy().equals("bypass")) {
        return Optional.of(match.describe(control.get().file()) + " for " + host);
      }
      Optional<AutheliaAccessControl.Rule> conditional =
          match.conditional().stream().filter(r -> r.policy().equals("bypass")).findFirst();
      if (conditional.isPresent()) {
        return Optional.of(match.describe(control.get().file()) + " for " + host);
      }
    }
    return Optional.empty();
  }

  /** "; Authelia: rule #3 (...) gives two_factor" or a note that access_control was not read. */
  String describe(List<String> hosts) {
    if (control.isEmpty()) {
      return "; Authelia's access_control was not read (proxy.authelia.config)";
    }
    return hosts.isEmpty()
        ? ""
        : "; " + AccessRules.match(control.get(), hosts.getFirst()).describe(control.get().file());
  }
}
