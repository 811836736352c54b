package dev.opsgrade.check.security;

import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.AdminApps;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.Protection;
import dev.opsgrade.check.routes.Route;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.Optional;

/** The sec.auth-coverage finding of one route: its config, its probes, Authelia's rules. */
final class CoverageVerdict {
  private final Route route;
  private final Protection protection;
  private final Probes probes;
  private final AutheliaPolicies policies;
  private final Findings findings;
  private final Optional<String> admin;
  private final String what;

  CoverageVerdict(
      Route route,
      Protection protection,
      Probes probes,
      AutheliaPolicies policies,
      Findings findings) {
    this.route = route;
    this.protection = protection;
    this.probes = probes;
    this.policies = policies;
    this.findings = findings;
    this.admin = AdminApps.match(route.name(), route.hosts());
    this.what =
        admin.map(a -> "admin UI (" + a + ")").orElse("route")
            + " "
            + String.join(", ", route.hosts());
  }

  Finding judge() {
    return protection.any() ? protectedRoute() : unprotectedRoute();
  }

  private Finding protectedRoute() {
    Optional<HttpProbe> open = probe(ProbeClass.OK);
    if (protection.authenticates() && open.isPresent()) {
      return findings.fail(
          route.name(),
          what
              + " has "
              + protection.describe()
              + " in its config, but "
              + open.get().url()
              + " answered "
              + open.get().status().orElse(200)
              + " without auth",
          route.location(),
          route.evidence(),
          "Check that the proxy really applies "
              + protection.gates().getFirst().middleware()
              + " to "
              + route.name()
              + " (router status, middleware errors) and re-run the probe");
    }
    Optional<String> bypass =
        protection.authelia() ? policies.bypass(route.hosts()) : Optional.empty();
    if (admin.isPresent() && bypass.isPresent()) {
      return findings.fail(
          route.name(),
          what + " goes through Authelia, but " + bypass.get(),
          route.location(),
          route.evidence(),
          "Give "
              + String.join(", ", route.hosts())
              + " a one_factor or two_factor rule in Authelia's access_control, above the bypass");
    }
    if (protection.onlyByName() && probe(ProbeClass.AUTH_REDIRECT).isEmpty()) {
      return findings.of(
          Status.WARN,
          route.name(),
          what
              + ": "
              + protection.describe()
              + ", and no probe saw an auth gate: if Traefik does not define it either, the router"
              + " does not load",
          Optional.of(route.location()),
          route.evidence());
    }
    String policy = protection.authelia() ? policies.describe(route.hosts()) : "";
    String listed = bypass.map(b -> " (listed: " + b + ")").orElse("");
    return findings.of(
        Status.PASS,
        route.name(),
        what + ": " + protection.describe() + policy + listed,
        Optional.of(route.location()),
        route.evidence());
  }

  private Finding unprotectedRoute() {
    if (admin.isEmpty()) {
      return findings.notApplicable(
          route.name(),
          what
              + " is public (not an admin UI) and has no auth middleware (declared in "
              + route.declaredIn()
              + ", "
              + route.location().display()
              + ")");
    }
    Optional<HttpProbe> gated = probe(ProbeClass.AUTH_REDIRECT);
    if (gated.isPresent()) {
      return findings.of(
          Status.WARN,
          route.name(),
          what
              + " has no auth middleware opsgrade can see, yet "
              + gated.get().url()
              + " answers "
              + gated.get().detail()
              + ": the gate lives elsewhere (the app itself?)",
          Optional.of(route.location()),
          route.evidence());
    }
    String unresolved =
        protection.unresolved().isEmpty()
            ? ""
            : " (unresolved: " + String.join(", ", protection.unresolved()) + ")";
    return findings.fail(
        route.name(),
        what + " has no auth middleware" + unresolved + ", declared in " + route.declaredIn(),
        route.location(),
        route.evidence(),
        "Add middlewares: [chain-authelia@file] (forwardAuth to Authelia), a basicAuth or an ipAllowList middleware to router "
            + route.name());
  }

  private Optional<HttpProbe> probe(ProbeClass outcome) {
    return route.hosts().stream()
        .flatMap(h -> probes.route(route.name(), h).stream())
        .map(FactView::data)
        .filter(p -> p.outcome() == outcome)
        .findFirst();
  }
}
