package dev.opsgrade.check.availability;

import dev.opsgrade.check.Check;
import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Expectation;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.RootCause;
import dev.opsgrade.check.routes.Route;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * avail.route-status: every probed route and endpoint answers as expected (2xx, or the auth gate
 * for a protected one) in every sample; a protected route answering 2xx without auth fails here and
 * in sec.auth-coverage. Routes that no probe reached are UNVERIFIED, with why.
 */
public final class RouteStatusCheck implements Check {

  @Override
  public String id() {
    return "avail.route-status";
  }

  @Override
  public List<Finding> evaluate(Evidence evidence, Findings findings) {
    Probes probes = Probes.of(evidence);
    RouteBook book = RouteBook.of(evidence);
    RootCause causes = new RootCause(evidence, book, probes);
    List<Finding> result = new ArrayList<>();
    List<FactView<HttpProbe>> probed = new ArrayList<>(probes.of(HttpProbe.Kind.ROUTE));
    probed.addAll(probes.of(HttpProbe.Kind.ENDPOINT));
    for (FactView<HttpProbe> probe : probed) {
      result.add(
          RouteVerdict.judge(
              probe, Expectation.of(probe.data(), book, evidence.inventory()), causes, findings));
    }
    for (Route route : book.routes()) {
      boolean reached =
          route.hosts().stream().anyMatch(h -> probes.route(route.name(), h).isPresent());
      if (!reached && !route.hosts().isEmpty()) {
        result.add(
            findings.unverified(
                route.name(),
                "route "
                    + route.name()
                    + " ("
                    + String.join(", ", route.hosts())
                    + ", "
                    + route.location().display()
                    + ") was not probed: "
                    + (probes.any() ? unreached(route) : probes.missing())));
      }
    }
    if (result.isEmpty()) {
      return List.of(findings.unverified(evidence.inventory().name(), probes.missing()));
    }
    return result;
  }

  private static String unreached(Route route) {
    return route.apiRead() && !route.running()
        ? "the running proxy does not list it, and no probe reached it"
        : "no probe reached it (routes in compose labels are probed only where proxy.traefik is"
            + " configured)";
  }
}
