package dev.opsgrade.check.routes;

import dev.opsgrade.check.compose.ServiceFindings;
import dev.opsgrade.collect.compose.ComposeService;
import dev.opsgrade.collect.traefik.TraefikLabels;
import dev.opsgrade.collect.traefik.TraefikRule;
import dev.opsgrade.model.FactView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The routers and middlewares a compose service declares in its Traefik labels (@docker). */
final class LabelRoutes {
  private static final Pattern RULE = Pattern.compile("traefik\\.http\\.routers\\.([^.]+)\\.rule");

  private LabelRoutes() {}

  static List<Route> of(FactView<ComposeService> view, boolean apiRead) {
    ComposeService service = view.data();
    Map<String, String> labels = service.labels();
    List<Route> routes = new ArrayList<>();
    if (!TraefikLabels.enabled(labels)) {
      return routes;
    }
    Map<String, List<String>> middlewares = TraefikLabels.routerMiddlewares(labels);
    labels.forEach(
        (key, value) -> {
          Matcher m = RULE.matcher(key.toLowerCase(Locale.ROOT));
          if (m.matches()) {
            String router = m.group(1);
            String serviceName =
                label(labels, "traefik.http.routers." + router + ".service")
                    .orElse(service.service());
            routes.add(
                new Route(
                    router + "@docker",
                    "docker",
                    Set.of("compose labels"),
                    value,
                    TraefikRule.parse(value).hosts(),
                    middlewares.getOrDefault(router, List.of()).stream()
                        .map(r -> Routes.qualify(r, "docker"))
                        .toList(),
                    Routes.qualify(serviceName, "docker"),
                    ServiceFindings.at(service, 0),
                    List.of(view.id()),
                    false,
                    apiRead));
          }
        });
    return routes;
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

  private static Optional<String> label(Map<String, String> labels, String key) {
    return labels.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(key))
        .map(Map.Entry::getValue)
        .findFirst();
  }
}
