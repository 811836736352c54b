package dev.opsgrade.check.security;

import dev.opsgrade.check.Findings;
import dev.opsgrade.check.routes.Probes;
import dev.opsgrade.check.routes.Protection;
import dev.opsgrade.check.routes.Route;
import dev.opsgrade.check.routes.RouteBook;
import dev.opsgrade.collect.http.HttpProbe;
import dev.opsgrade.collect.http.ProbeClass;
import dev.opsgrade.model.Evidence;
import dev.opsgrade.model.FactView;
import dev.opsgrade.model.Finding;
import dev.opsgrade.model.Location;
import dev.opsgrade.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The live half of sec.auth-bypass: a route behind auth whose servers, probed directly (without the
 * proxy), answer 2xx without any auth. One finding per protected route that was probed so.
 */
final class LiveBypass {
  private LiveBypass() {}

  static List<Finding> findings(Evidence evidence, Findings findings) {
    Probes probes = Probes.of(evidence);
    RouteBook book = RouteBook.of(evidence);
    List<Finding> result = new ArrayList<>();
    for (Route route : book.routes()) {
      Protection protection = book.protection(route);
      List<FactView<HttpProbe>> direct = probes.of(HttpProbe.Kind.DIRECT, route.name());
      if (!protection.authenticates() || direct.isEmpty()) {
        continue;
      }
      List<FactView<HttpProbe>> open =
          direct.stream().filter(p -> p.data().outcome() == ProbeClass.OK).toList();
      List<String> ids = direct.stream().map(FactView::id).toList();
      String host = route.hosts().isEmpty() ? route.name() : "https://" + route.hosts().getFirst();
      if (open.isEmpty()) {
        String how =
            direct.stream()
                .map(p -> p.data().url() + " " + p.data().outcome().label())
                .collect(Collectors.joining(", "));
        result.add(
            findings.of(
                Status.PASS,
                route.name(),
                host
                    + " is behind "
                    + protection.describe()
                    + " and its servers do not answer directly without auth ("
                    + how
                    + ")",
                Optional.of(route.location()),
                ids));
        continue;
      }
      HttpProbe first = open.getFirst().data();
      result.add(
          findings.fail(
              route.name(),
              host
                  + " is behind "
                  + protection.describe()
                  + ", but "
                  + first.url()
                  + " answers "
                  + first.status().orElse(200)
                  + " without auth (service "
                  + first.service().orElse("?")
                  + ", reached directly)",
              Location.url(first.url()),
              ids,
              "Stop publishing "
                  + first.url()
                  + " where clients reach it (bind the port to 127.0.0.1 or drop it), so "
                  + route.name()
                  + " is only reached through the proxy"));
    }
    return result;
  }
}
