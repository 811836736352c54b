package dev.opsgrade.check.routes;

import dev.opsgrade.collect.traefik.TraefikMiddleware;
import dev.opsgrade.collect.traefik.TraefikRouter;
import dev.opsgrade.model.FactView;
import java.util.List;
import java.util.Set;

/** Router and middleware facts into the checks' {@link Route} and {@link Middleware}. */
final class Routes {
  private Routes() {}

  static Route of(FactView<TraefikRouter> fact, boolean running, boolean apiRead) {
    TraefikRouter r = fact.data();
    return new Route(
        r.name(),
        r.provider(),
        Set.of(r.source().name().toLowerCase(java.util.Locale.ROOT)),
        r.rule(),
        r.hosts(),
        r.middlewares().stream().map(m -> qualify(m, r.provider())).toList(),
        qualify(r.service(), r.provider()),
        fact.location(),
        List.of(fact.id()),
        running,
        apiRead);
  }

  static Middleware middleware(TraefikMiddleware m) {
    return new Middleware(
        m.name(),
        m.type(),
        m.chain().stream().map(c -> qualify(c, m.provider())).toList(),
        m.forwardAuthAddress(),
        m.allowedSources(),
        m.stsSeconds());
  }

  static String qualify(String reference, String provider) {
    return reference.isEmpty() || reference.contains("@") ? reference : reference + "@" + provider;
  }
}
