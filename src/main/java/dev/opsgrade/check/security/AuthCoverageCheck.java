package dev.opsgrade.check.security;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.Route;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;

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
      result.add(
          new CoverageVerdict(route, book.protection(route), probes, policies, findings).judge());
    }
    return result;
  }
}
