package dev.opsgrade.collect.grafana;

import dev.opsgrade.model.FactKind;
import java.util.Optional;

/** Grafana's /api/health: its version and whether its database answers ("ok"). */
@FactKind("grafana.health")
public record GrafanaHealth(Optional<String> version, String database) {}
