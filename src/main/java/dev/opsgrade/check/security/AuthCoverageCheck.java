package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.AdminApps;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.Protection;
import dev.opsgrade.check.routes.Route;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * sec.auth-coverage: every admin route (its name or host names an admin UI) has auth (forwardAuth,
 * basicAuth, digestAuth or an IP allowlist) in its middleware chain, Authelia does not bypass it,
 * and the probe confirms it: a route with auth in its config that answers 2xx without auth fails.
 */
public final class AuthCoverageCheck implements Check {

  @Override
  public String id() {
    return "sec.auth-coverage";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    RouteBook book = RouteBook.of(evidence);
    if (book.routes().isEmpty()) {
      return List.of(
          findings.unverified(
              evidence.inventory().name(),
              "no proxy routes: "
                  + Probes.missing(evidence, "traefik", "the Traefik collector")
                  + "; and no compose labels declare a router"));
    }
    Probes probes = Probes.of(evidence);
    AutheliaPolicies policies = AutheliaPolicies.of(evidence);
    List<Finding> result = new ArrayList<>();
    for (Route route : book.routes()) {
      result.add(judge(route, book.protection(route), probes, policies, findings));
    }
    return result;
  }

  private static Finding judge(
      Route route,
      Protection protection,
      Probes probes,
      AutheliaPolicies policies,
      Findings findings) {
    Optional<String> admin = AdminApps.match(route.name(), route.hosts());
    String what =
        admin.map(a -> "admin UI (" + a + ")").orElse("route")
            + " "
            + String.join(", ", route.hosts());
    Optional<HttpProbe> open =
        route.hosts().stream()
            .flatMap(h -> probes.route(route.name(), h).stream())
            .map(FactView::data)
            .filter(p -> p.outcome() == ProbeClass.OK)
            .findFirst();
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
    String policy = protection.authelia() ? policies.describe(route.hosts()) : "";
    if (protection.any()) {
      return findings.of(
          Status.PASS,
          route.name(),
          what
              + ": "
              + protection.describe()
              + policy
              + bypass.map(b -> " (listed: " + b + ")").orElse(""),
          Optional.of(route.location()),
          route.evidence());
    }
    Optional<HttpProbe> gated =
        route.hosts().stream()
            .flatMap(h -> probes.route(route.name(), h).stream())
            .map(FactView::data)
            .filter(p -> p.outcome() == ProbeClass.AUTH_REDIRECT)
            .findFirst();
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
    return findings.fail(
        route.name(),
        what
            + " has no auth middleware"
            + (protection.unresolved().isEmpty()
                ? ""
                : " (unresolved: " + String.join(", ", protection.unresolved()) + ")")
            + ", declared in "
            + route.declaredIn(),
        route.location(),
        route.evidence(),
        "Add middlewares: [chain-authelia@file] (forwardAuth to Authelia), a basicAuth or an ipAllowList middleware to router "
            + route.name());
  }
}
