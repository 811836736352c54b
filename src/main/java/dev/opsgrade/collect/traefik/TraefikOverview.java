package dev.opsgrade.collect.traefik;

import dev.opsgrade.model.FactKind;
import java.util.List;

/** The proxy's own counts (GET /api/overview) and providers. */
@FactKind("traefik.overview")
public record TraefikOverview(
    Counts routers, Counts services, Counts middlewares, List<String> providers) {

  public record Counts(int total, int warnings, int errors) {}
}
