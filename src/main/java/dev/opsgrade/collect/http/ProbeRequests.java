package dev.opsgrade.collect.http;

import dev.opsgrade.collect.net.UrlParts;
import dev.opsgrade.collect.traefik.DialPlan;
import dev.opsgrade.collect.traefik.RouteTargets;
import dev.opsgrade.model.inventory.EndpointSpec;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The requests of one run, from the discovered targets. */
final class ProbeRequests {
  private ProbeRequests() {}

  static List<Prober.Request> of(RouteTargets.Found found, DialPlan plan) {
    List<Prober.Request> requests = new ArrayList<>();
    Set<String> plainHosts = new LinkedHashSet<>();
    for (RouteTargets.Target target : found.routes()) {
      DialPlan.Planned planned =
          plan.route(target.host(), target.path(), target.https(), target.entrypoints());
      UrlParts.parse(planned.url())
          .ifPresent(
              url ->
                  requests.add(
                      new Prober.Request(
                          HttpProbe.Kind.ROUTE,
                          url,
                          planned,
                          Optional.of(target.router()),
                          Optional.empty(),
                          Optional.empty(),
                          true)));
      if (target.https() && plainHosts.add(target.host())) {
        DialPlan.Planned plain = plan.route(target.host(), "/", false, target.entrypoints());
        UrlParts.parse(plain.url())
            .ifPresent(
                url ->
                    requests.add(
                        new Prober.Request(
                            HttpProbe.Kind.PLAIN_HTTP,
                            url,
                            plain,
                            Optional.of(target.router()),
                            Optional.empty(),
                            Optional.empty(),
                            false)));
      }
    }
    for (EndpointSpec endpoint : found.endpoints()) {
      UrlParts.parse(endpoint.url())
          .ifPresent(
              url ->
                  requests.add(
                      new Prober.Request(
                          HttpProbe.Kind.ENDPOINT,
                          url,
                          plan.url(url.host(), url.port(), url.https(), url.display()),
                          Optional.empty(),
                          Optional.empty(),
                          Optional.of(endpoint.name()),
                          true)));
    }
    for (RouteTargets.Direct direct : found.direct()) {
      UrlParts.parse(direct.url())
          .ifPresent(
              url ->
                  requests.add(
                      new Prober.Request(
                          HttpProbe.Kind.DIRECT,
                          url,
                          plan.url(url.host(), url.port(), url.https(), url.display()),
                          Optional.of(direct.router()),
                          Optional.of(direct.service()),
                          Optional.empty(),
                          false)));
    }
    return List.copyOf(requests);
  }

  /** Where a redirect to another scheme or port of the same host goes. */
  static Function<UrlParts, DialPlan.Planned> redial(Prober.Request request, DialPlan plan) {
    if (request.kind() == HttpProbe.Kind.ROUTE) {
      return u -> plan.route(u.host(), u.path(), u.https(), List.of());
    }
    return u -> plan.url(u.host(), u.port(), u.https(), u.display());
  }
}
