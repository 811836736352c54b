package dev.opsgrade.collect.prometheus;

import dev.opsgrade.model.FactKind;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** An alert that is pending or firing right now. */
@FactKind("prometheus.alert")
public record PrometheusAlert(
    String name, String state, Optional<Instant> activeAt, Map<String, String> labels) {}
