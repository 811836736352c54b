package dev.opsgrade.check.routes;

import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.traefik.TraefikLabels;
import dev.opsgrade.model.FactView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The routers and middlewares a compose service declares in its Traefik labels (@docker). */
final class LabelRoutes {
  private LabelRoutes() {}

  static List<Route> of(FactView<ComposeService> view, boolean apiRead) {
    ComposeService service = view.data();
    return TraefikLabels.routers(service.labels(), service.service()).stream()
        .map(
            router ->
                new Route(
                    router.name(),
                    "docker",
                    Set.of("compose labels"),
                    router.rule(),
                    router.hosts(),
                    router.middlewares().stream().map(r -> Routes.qualify(r, "docker")).toList(),
                    Routes.qualify(router.service(), "docker"),
                    ServiceFindings.at(service, 0),
                    List.of(view.id()),
                    false,
                    apiRead))
        .toList();
  }

  static List<Middleware> middlewares(ComposeService service) {
    List<Middleware> result = new ArrayList<>();
    TraefikLabels.middlewares(service.labels())
        .forEach(
            (name, m) ->
                result.add(
                    new Middleware(
                        name + "@docker",
                        m.type(),
                        m.chained().stream().map(c -> Routes.qualify(c, "docker")).toList(),
                        Optional.empty(),
                        List.of(),
                        Optional.empty())));
    return result;
  }
}
